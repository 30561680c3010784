using Credentials.Web.Page;

namespace Credentials.Web.IssuerPage;

/// <summary>The issuer page's stylesheet (the public page's, plus tables and forms) and its progress script, served by the service.</summary>
internal static class IssuerPageAssets
{
    // Colours chosen for WCAG 2.1 AA contrast (at least 4.5:1) against their backgrounds, like the public page's.
    public const string ExtraCss = """
        .site { font-weight: bold; margin: 0; }
        h1 { overflow-wrap: anywhere; }
        nav.main { display: flex; flex-wrap: wrap; gap: .5rem 1.2rem; margin: .5rem 0; }
        nav.main a { color: #0b4f9c; margin: 0; }
        input[type=text], input[type=password], select { font-size: 1rem; padding: .35rem; max-width: 100%; box-sizing: border-box; }
        input[type=text], input[type=password] { width: 24rem; }
        input[type=file] { display: block; margin-top: .3rem; max-width: 100%; }
        button.secondary { background: #fff; color: #0b4f9c; border: 2px solid #0b4f9c; }
        .buttons button { margin-right: .5rem; }
        .notice { background: #e6f4ea; color: #0d5a23; padding: .6em .8em; border-left: .4rem solid #0d5a23; }
        .error { background: #fde8e8; padding: .6em .8em; border-left: .4rem solid #9b1c1c; }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0; display: block; overflow-x: auto; }
        th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #ccc; }
        td form { display: flex; flex-wrap: wrap; gap: .3rem; }
        td form input[type=text] { width: 12rem; }
        td form button { margin-top: 0; padding: .35rem .8rem; }
        .status-revoked { color: #9b1c1c; font-weight: bold; } .status-suspended { color: #7a4100; font-weight: bold; }
        progress { width: 100%; height: 1.2rem; }
        .who { margin-top: 2rem; color: #444; font-size: .9rem; overflow-wrap: anywhere; }
        .who button { margin-top: .3rem; padding: .2rem .8rem; font-size: .9rem; }
        @media (max-width: 40rem) {
          table, tbody, tr, td { display: block; width: 100%; box-sizing: border-box; }
          thead { display: none; }
          tr { border-bottom: 2px solid #ccc; padding: .4rem 0; }
          td { border: 0; padding: .15rem 0; overflow-wrap: anywhere; }
          td[data-label]::before { content: attr(data-label) ": "; font-weight: bold; }
          input[type=text], input[type=password], td form input[type=text] { width: 100%; }
        }
        """;

    public static readonly string Css = PageAssets.Css + ExtraCss;

    // Progressive enhancement only: without it the refresh link does the same. Polls while the batch runs, then
    // reloads the page once so the downloads appear.
    public const string Js = """
        (function () {
          var batch = document.getElementById('batch');
          if (!batch || batch.getAttribute('data-state') !== 'running' || !window.fetch) { return; }
          var lang = document.documentElement.lang;
          function poll() {
            fetch(batch.getAttribute('data-progress') + '?lang=' + lang, { credentials: 'same-origin', cache: 'no-store' })
              .then(function (r) { return r.ok ? r.json() : null; })
              .then(function (p) {
                if (!p) { return; }
                document.getElementById('bar').value = p.done;
                document.getElementById('count').textContent = p.countText;
                document.getElementById('state').textContent = p.stateText;
                if (p.state === 'running') { setTimeout(poll, 1000); } else { window.location.reload(); }
              })
              .catch(function () { setTimeout(poll, 3000); });
          }
          setTimeout(poll, 500);
        })();
        """;
}
