// Independent check of our SD-JWT VCs with @sd-jwt/sd-jwt-vc (tests only), and SD-JWT VCs it issues for us to verify.
// Usage: node sdjwt.mjs verify < {"token", "issuerJwk", "statusList"?, "nonce"?}
//          prints {"verified", "claims", "keyBound", "status"}: the disclosed claims, whether a KB-JWT verified, the
//          Token Status List value at the credential's index (when a status list token was given)
//        node sdjwt.mjs issue < {"holderPrivateJwk", "vct", "aud", "nonce", "iat"}
//          prints {"issued", "presented", "did"}: an Ed25519 issuer (did:jwk) issues given_name, family_name (selectively
//          disclosable) and title, and the holder presents given_name with a key binding
import {readFileSync} from 'node:fs';
import {createHash, createPrivateKey, createPublicKey, randomBytes, sign, verify} from 'node:crypto';
import {SDJwtVcInstance} from '@sd-jwt/sd-jwt-vc';

const [command] = process.argv.slice(2);
const input = JSON.parse(readFileSync(0, 'utf8'));

const hasher = (data, alg) => new Uint8Array(createHash(alg.replace('-', '')).update(typeof data === 'string' ? data : Buffer.from(data)).digest());
const saltGenerator = length => randomBytes(length).toString('base64url');
const ecdsa = jwk => (jwk.kty === 'EC' ? {dsaEncoding: 'ieee-p1363'} : {});
const hashOf = jwk => (jwk.kty === 'EC' ? 'sha256' : null);
const verifierFor = jwk => async (data, signature) => {
  const key = createPublicKey({key: jwk, format: 'jwk'});
  return verify(hashOf(jwk), Buffer.from(data), {key, ...ecdsa(jwk)}, Buffer.from(signature, 'base64url'));
};
const signerFor = jwk => async data => {
  const key = createPrivateKey({key: jwk, format: 'jwk'});
  return sign(hashOf(jwk), Buffer.from(data), {key, ...ecdsa(jwk)}).toString('base64url');
};
const algOf = jwk => (jwk.kty === 'EC' ? 'ES256' : 'EdDSA');

if (command === 'verify') {
  let status = null;
  const sdjwt = new SDJwtVcInstance({
    hasher,
    verifier: verifierFor(input.issuerJwk),
    kbVerifier: async (data, signature, payload) => verifierFor(payload.cnf.jwk)(data, signature),
    statusListFetcher: async uri => {
      if (!input.statusList) throw new Error(`no status list token given for ${uri}`);
      return input.statusList;
    },
    statusValidator: async value => { status = value; },
  });
  try {
    const result = await sdjwt.verify(input.token, input.nonce ? {keyBindingNonce: input.nonce} : undefined);
    const claims = await sdjwt.getClaims(input.token);
    console.log(JSON.stringify({verified: true, claims, keyBound: result.kb !== undefined, status, typ: result.header?.typ}));
  } catch (e) {
    console.log(JSON.stringify({verified: false, error: String(e.message ?? e)}));
    process.exit(1);
  }
} else if (command === 'issue') {
  const issuer = createPrivateKey({key: createEd25519(), format: 'jwk'}).export({format: 'jwk'});
  const {d, ...issuerPublic} = issuer;
  const did = 'did:jwk:' + Buffer.from(JSON.stringify(issuerPublic)).toString('base64url');
  const {d: holderD, ...holderPublic} = input.holderPrivateJwk;
  const sdjwt = new SDJwtVcInstance({
    hasher, saltGenerator, hashAlg: 'sha-256',
    signer: signerFor(issuer), signAlg: 'EdDSA',
    kbSigner: signerFor(input.holderPrivateJwk), kbSignAlg: algOf(input.holderPrivateJwk),
  });
  const issued = await sdjwt.issue(
    {iss: did, vct: input.vct, iat: input.iat, cnf: {jwk: holderPublic}, given_name: 'Siiri', family_name: 'Äijälä', title: {fi: 'Koneoppimisen perusteet'}},
    {_sd: ['given_name', 'family_name'], _sd_decoy: 1},
    {header: {kid: did + '#0', typ: 'dc+sd-jwt'}});
  const presented = await sdjwt.present(issued, {given_name: true}, {kb: {payload: {aud: input.aud, nonce: input.nonce, iat: input.iat}}});
  console.log(JSON.stringify({issued, presented, did}));
}

function createEd25519() {
  const seed = randomBytes(32);
  const key = createPrivateKey({key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8'});
  return key.export({format: 'jwk'});
}
