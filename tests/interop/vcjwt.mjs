// Independent check of our VC-JWTs with panva/jose (tests only), and tokens signed by jose for us to verify.
// Usage: node vcjwt.mjs verify < {"token": "...", "didDocument": {...}}
//        node vcjwt.mjs sign ES256|EdDSA < {credential JSON}   (prints {"token": "...", "did": "did:jwk:..."})
import {readFileSync} from 'node:fs';
import * as jose from 'jose';

const [command, alg] = process.argv.slice(2);
const input = JSON.parse(readFileSync(0, 'utf8'));

if (command === 'verify') {
  // The key comes from the issuer's DID document, found by the token's kid, as any relying party would do it.
  const {kid} = jose.decodeProtectedHeader(input.token);
  const method = input.didDocument.verificationMethod.find(m => m.id === kid);
  if (!method) {
    console.log(JSON.stringify({verified: false, error: `no verification method ${kid}`}));
    process.exit(1);
  }
  try {
    const key = await jose.importJWK(method.publicKeyJwk, method.publicKeyJwk.crv === 'Ed25519' ? 'EdDSA' : 'ES256');
    const {payload, protectedHeader} = await jose.jwtVerify(input.token, key, {algorithms: ['EdDSA', 'Ed25519', 'ES256']});
    console.log(JSON.stringify({verified: true, alg: protectedHeader.alg, typ: protectedHeader.typ, iss: payload.iss, jti: payload.jti, sub: payload.sub, vcIssuer: payload.vc?.issuer?.id ?? payload.vc?.issuer}));
  } catch (e) {
    console.log(JSON.stringify({verified: false, error: String(e.code ?? e.message)}));
    process.exit(1);
  }
} else if (command === 'sign') {
  const {publicKey, privateKey} = await jose.generateKeyPair(alg, {crv: alg === 'EdDSA' ? 'Ed25519' : undefined, extractable: true});
  const jwk = await jose.exportJWK(publicKey);
  const did = 'did:jwk:' + Buffer.from(JSON.stringify(jwk)).toString('base64url');
  const credential = input;
  credential.issuer = {...credential.issuer, id: did};
  const issued = Math.floor(Date.parse(credential.issuanceDate) / 1000);
  const token = await new jose.SignJWT({vc: credential})
    .setProtectedHeader({alg, typ: 'JWT', kid: did + '#0'})
    .setIssuer(did)
    .setJti(credential.id)
    .setSubject(credential.credentialSubject.id)
    .setNotBefore(issued)
    .sign(privateKey);
  console.log(JSON.stringify({token, did}));
} else {
  console.error('usage: node vcjwt.mjs verify | sign ES256|EdDSA');
  process.exit(2);
}
