// Independent check of our JAdES seals with panva/jose (tests only).
// Usage: node jose-verify.mjs <tests/interop folder> < seal.json
// Prints {"verified":true,"alg":...,"payload":...} and exits 0, or {"verified":false,"error":...} and exits 1.
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';

const [interopDir] = process.argv.slice(2);
if(!interopDir) {
  console.error('usage: node jose-verify.mjs <interop-dir> < seal.json');
  process.exit(2);
}

// The script lives beside the .NET tests; jose is installed under tests/interop, so resolve it from there.
const require = createRequire(join(interopDir, 'package.json'));
const jose = await import(pathToFileURL(require.resolve('jose')).href);

try {
  const jws = JSON.parse(readFileSync(0, 'utf8'));
  const entry = jws.signatures ? jws.signatures[0] : jws;
  const header = JSON.parse(Buffer.from(entry.protected, 'base64url').toString('utf8'));
  const der = header.x5c[0];
  const pem = `-----BEGIN CERTIFICATE-----\n${der.match(/.{1,64}/g).join('\n')}\n-----END CERTIFICATE-----\n`;
  const key = await jose.importX509(pem, header.alg);
  // b64 is understood by jose itself (RFC 7797); the JAdES names must be declared as understood and protected.
  const options = {algorithms: [header.alg], crit: {sigT: true, adoTst: true}};
  const result = jws.signatures
    ? await jose.generalVerify(jws, key, options)
    : await jose.flattenedVerify(jws, key, options);
  const payload = new TextDecoder('utf-8', {fatal: true}).decode(result.payload);
  process.stdout.write(JSON.stringify({verified: true, alg: result.protectedHeader.alg, payload}));
} catch(e) {
  process.stdout.write(JSON.stringify({verified: false, error: `${e.code ?? e.name}: ${e.message}`}));
  process.exit(1);
}
