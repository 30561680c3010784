namespace Credentials.Web.Page;

/// <summary>The page's stylesheet and script, served from the service itself (no external assets).</summary>
internal static class PageAssets
{
    // Colours chosen for WCAG 2.1 AA contrast (at least 4.5:1) against their backgrounds.
    public const string Css = """
        body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 52rem; padding: 1rem; color: #1a1a1a; background: #fff; line-height: 1.5; }
        header { display: flex; justify-content: space-between; align-items: baseline; flex-wrap: wrap; gap: 1rem; }
        nav a { margin-left: .5rem; color: #0b4f9c; }
        nav a[aria-current] { font-weight: bold; text-decoration: none; color: #1a1a1a; }
        label { display: block; font-weight: bold; margin-top: 1rem; }
        textarea { width: 100%; min-height: 10rem; font-family: monospace; box-sizing: border-box; }
        textarea.dragging { outline: 3px dashed #0b4f9c; }
        button { margin-top: 1rem; padding: .5rem 1.5rem; font-size: 1rem; background: #0b4f9c; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
        :focus-visible { outline: 3px solid #b35900; outline-offset: 2px; }
        .ribbon { padding: .75rem 1rem; font-size: 1.3rem; font-weight: bold; border-left: .6rem solid; margin: 1.5rem 0 1rem; }
        .verified { background: #e6f4ea; color: #0d5a23; border-color: #0d5a23; }
        .not-verified { background: #fde8e8; color: #9b1c1c; border-color: #9b1c1c; }
        .indeterminate { background: #fff4e0; color: #7a4100; border-color: #7a4100; }
        .expired { background: #e8eef7; color: #1f3a5f; border-color: #1f3a5f; }
        .error { color: #9b1c1c; font-weight: bold; }
        .demo { background: #fff4d6; border: 2px solid #8a5a00; color: #4a3000; padding: .6em .8em; font-weight: bold; }
        ul.checks { list-style: none; padding: 0; }
        ul.checks li { padding: .3rem 0; border-bottom: 1px solid #ddd; display: flex; gap: .5rem; }
        ul.checks li .outcome { flex: none; }
        .outcome { display: inline-block; min-width: 7rem; font-weight: bold; }
        .outcome-failed { color: #9b1c1c; } .outcome-passed { color: #0d5a23; } .outcome-indeterminate { color: #7a4100; } .outcome-skipped { color: #555; }
        code { font-size: .85em; color: #444; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; }
        dt { font-weight: bold; } dd { margin: 0; overflow-wrap: anywhere; } dd.missing { color: #555; font-style: italic; }
        .skip { position: absolute; left: -999rem; top: 0; background: #fff; color: #0b4f9c; padding: .5rem 1rem; }
        .skip:focus { left: 1rem; }
        button.link { margin: 0 0 0 .5rem; padding: 0; background: none; color: #0b4f9c; text-decoration: underline; font: inherit; border: 0; border-radius: 0; }
        button.link[aria-current] { font-weight: bold; text-decoration: none; color: #1a1a1a; }
        input[type=date] { font: inherit; padding: .2rem; }
        .hint { margin: .2rem 0 0; color: #444; font-size: .9rem; }
        .checked-file, .checked-at { margin: .2rem 0; }
        .challenge { font-family: monospace; font-size: 1.1rem; overflow-wrap: anywhere; background: #f3f3f3; padding: .2rem .4rem; }
        @media print {
          header nav, main > form, .intro, .skip, .actions, .presentation-link, .demo, script { display: none !important; }
          body { max-width: none; padding: 0; font-size: 11pt; }
          * { outline: none !important; }
          .ribbon { border: 2px solid; }
          ul.checks li { break-inside: avoid; }
        }
        """;

    // Progressive enhancement only: the form works without it. A dropped file's text goes into the textarea.
    public const string Js = """
        (function () {
          // After a check, bring the verdict (or the error) into view and move focus there for keyboard and screen-reader users.
          var result = document.getElementById('verdict') || document.getElementById('error');
          if (result) {
            result.setAttribute('tabindex', '-1');
            result.focus();
            result.scrollIntoView();
          }
        })();
        (function () {
          var area = document.getElementById('credential');
          if (!area || !window.FileReader) { return; }
          ['dragenter', 'dragover'].forEach(function (n) {
            area.addEventListener(n, function (e) { e.preventDefault(); area.classList.add('dragging'); });
          });
          ['dragleave', 'drop'].forEach(function (n) {
            area.addEventListener(n, function () { area.classList.remove('dragging'); });
          });
          area.addEventListener('drop', function (e) {
            e.preventDefault();
            var file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
            if (!file || file.size > 2097152) { return; }
            var reader = new FileReader();
            reader.onload = function () { area.value = reader.result; };
            reader.readAsText(file);
          });
        })();
        """;
}
