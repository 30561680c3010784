// The signature-only baseline of load-service.sh: answers POST {"verifiableCredential": "<VC-JWT>"} by checking only
// the EdDSA signature (npm `jose`, key from keys.example/northern-university/public.jwk.json) and nbf/exp, nothing
// else (no schema, no SHACL, no issuer, no status). 200 {"verified":true} or 400 {"verified":false}.
// Usage: node jose-verifier.mjs <port> <public.jwk.json>
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { importJWK, jwtVerify } from 'jose';

const [port, jwkPath] = process.argv.slice(2);
const key = await importJWK(JSON.parse(readFileSync(jwkPath, 'utf8')), 'EdDSA');

createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', async () => {
    let verified = false;
    try {
      const { verifiableCredential } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      await jwtVerify(verifiableCredential, key, { algorithms: ['EdDSA'] }); // signature, nbf, exp
      verified = true;
    } catch {
      verified = false;
    }
    response.writeHead(verified ? 200 : 400, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ verified }));
  });
}).listen(Number(port), '127.0.0.1', () => console.log(`jose verifier on 127.0.0.1:${port}`));
