// An independent wallet for the OpenID4VCI interop test: @openid4vc/openid4vci (with @openid4vc/oauth2) runs the
// pre-authorized code flow against the running service, with a fresh P-256 key made by jose; the SD-JWT VC received
// is then checked with jose (issuer signature) and node:crypto (disclosure digests, RFC 9901 §7.1), and presented
// with a key binding JWT and verified, its Token Status List fetched from the service, by @sd-jwt/sd-jwt-vc: none of
// it with the service's own code. Input on stdin: {"offer": "openid-credential-offer://…", "txCode"?: "…", "issuerJwk": {…}}.
// Output on stdout: one JSON object describing what the wallet saw.
import { KeyObject, createHash, createPublicKey, randomBytes, sign, verify } from 'node:crypto';
import { SDJwtVcInstance } from '@sd-jwt/sd-jwt-vc';
import { Openid4vciClient } from '@openid4vc/openid4vci';
import { clientAuthenticationAnonymous } from '@openid4vc/oauth2';
import * as jose from 'jose';

const input = JSON.parse(await new Promise((resolve) => {
  let text = '';
  process.stdin.on('data', (chunk) => { text += chunk; });
  process.stdin.on('end', () => resolve(text));
}));

const { publicKey, privateKey } = await jose.generateKeyPair('ES256', { extractable: true });
const holderJwk = await jose.exportJWK(publicKey);

const callbacks = {
  hash: (data, alg) => new Uint8Array(createHash(alg.replace('-', '')).update(data).digest()),
  generateRandom: (length) => new Uint8Array(randomBytes(length)),
  clientAuthentication: clientAuthenticationAnonymous(),
  signJwt: async (signer, { header, payload }) => {
    if (signer.method !== 'jwk') {
      throw new Error(`the test wallet signs with its jwk only, not ${signer.method}`);
    }
    const jwt = await new jose.CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader(header)
      .sign(privateKey);
    return { jwt, signerJwk: signer.publicJwk };
  },
};

const client = new Openid4vciClient({ callbacks });
const credentialOffer = await client.resolveCredentialOffer(input.offer);
const issuerMetadata = await client.resolveIssuerMetadata(credentialOffer.credential_issuer);
const configurationId = credentialOffer.credential_configuration_ids[0];
const { accessTokenResponse } = await client.retrievePreAuthorizedCodeAccessTokenFromOffer({
  credentialOffer,
  issuerMetadata,
  txCode: input.txCode,
});
const { c_nonce: nonce } = await client.requestNonce({ issuerMetadata });
const { jwt: proof } = await client.createCredentialRequestJwtProof({
  issuerMetadata,
  credentialConfigurationId: configurationId,
  signer: { method: 'jwk', alg: 'ES256', publicJwk: holderJwk },
  nonce,
});
const response = await client.retrieveCredentials({
  issuerMetadata,
  accessToken: accessTokenResponse.access_token,
  credentialConfigurationId: configurationId,
  proofs: { jwt: [proof] },
});
const compact = response.credentialResponse.credentials[0].credential;

// The same offer a second time: its code was redeemed.
let secondRedeem;
try {
  await client.retrievePreAuthorizedCodeAccessTokenFromOffer({ credentialOffer, issuerMetadata, txCode: input.txCode });
  secondRedeem = 'accepted';
} catch (e) {
  secondRedeem = e?.errorResponse?.error ?? e?.message ?? String(e);
}

// RFC 9901: <issuer-signed JWT>~<disclosure>~…~ (no key binding JWT in what the issuer sends).
const parts = compact.split('~');
const issuerJwt = parts[0];
const disclosures = parts.slice(1, -1);
const { payload: payloadBytes, protectedHeader } = await jose.compactVerify(issuerJwt, await jose.importJWK(input.issuerJwk, protectedHeader0(issuerJwt).alg));
const payload = JSON.parse(new TextDecoder().decode(payloadBytes));
const digests = new Set();
collectDigests(payload, digests);
const disclosed = {};
const unreferenced = [];
for (const disclosure of disclosures) {
  const digest = createHash(payload._sd_alg === 'sha-256' || !payload._sd_alg ? 'sha256' : 'unknown').update(disclosure).digest('base64url');
  const decoded = JSON.parse(Buffer.from(disclosure, 'base64url').toString('utf8'));
  if (!digests.has(digest)) {
    unreferenced.push(decoded[1]);
  } else if (decoded.length === 3) {
    disclosed[decoded[1]] = decoded[2];
  }
}

// The holder presents every disclosure with a key binding JWT; @sd-jwt/sd-jwt-vc verifies it as a verifier would.
const nodeVerifier = (jwk) => async (data, signature) => verify(
  jwk.kty === 'EC' ? 'sha256' : null,
  Buffer.from(data),
  { key: createPublicKey({ key: jwk, format: 'jwk' }), ...(jwk.kty === 'EC' ? { dsaEncoding: 'ieee-p1363' } : {}) },
  Buffer.from(signature, 'base64url'));
let status = null;
const sdjwt = new SDJwtVcInstance({
  hasher: callbacks.hash,
  verifier: nodeVerifier(input.issuerJwk),
  kbSigner: async (data) => sign('sha256', Buffer.from(data), { key: KeyObject.from(privateKey), dsaEncoding: 'ieee-p1363' }).toString('base64url'),
  kbSignAlg: 'ES256',
  kbVerifier: async (data, signature, kbPayload) => nodeVerifier(kbPayload.cnf.jwk)(data, signature),
  statusListFetcher: async (uri) => {
    const answer = await fetch(uri);
    if (!answer.ok) throw new Error(`status list ${uri}: ${answer.status}`);
    return answer.text();
  },
  statusValidator: async (value) => { status = value; if (value !== 0) throw new Error(`status ${value}`); },
});
const kbNonce = Buffer.from(randomBytes(16)).toString('base64url');
const presentation = await sdjwt.present(compact, undefined, {
  kb: { payload: { aud: 'https://verifier.example', nonce: kbNonce, iat: Math.floor(Date.now() / 1000) } },
});
let sdJwtVc;
try {
  const verified = await sdjwt.verify(presentation, { keyBindingNonce: kbNonce, requiredClaimKeys: ['vct', 'cnf'] });
  sdJwtVc = { verified: true, keyBound: verified.kb !== undefined, status, claims: Object.keys(await sdjwt.getClaims(presentation)) };
} catch (e) {
  sdJwtVc = { verified: false, error: String(e?.message ?? e) };
}

const holderThumbprint = await jose.calculateJwkThumbprint(holderJwk);
const boundThumbprint = payload.cnf?.jwk ? await jose.calculateJwkThumbprint(payload.cnf.jwk) : null;
process.stdout.write(JSON.stringify({
  typ: protectedHeader.typ,
  alg: protectedHeader.alg,
  vct: payload.vct,
  iss: payload.iss,
  format: issuerMetadata.credentialIssuer.credential_configurations_supported[configurationId].format,
  tokenType: accessTokenResponse.token_type,
  boundToHolder: holderThumbprint === boundThumbprint,
  disclosures: disclosures.length,
  disclosed,
  unreferenced,
  plainClaims: Object.keys(payload).filter((k) => !k.startsWith('_')),
  secondRedeem,
  sdJwtVc,
}));

function protectedHeader0(jwt) {
  return JSON.parse(Buffer.from(jwt.split('.')[0], 'base64url').toString('utf8'));
}

function collectDigests(node, into) {
  if (Array.isArray(node)) {
    for (const item of node) {
      if (item && typeof item === 'object' && !Array.isArray(item) && typeof item['...'] === 'string' && Object.keys(item).length === 1) {
        into.add(item['...']);
      } else {
        collectDigests(item, into);
      }
    }
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '_sd' && Array.isArray(value)) {
        value.forEach((d) => into.add(d));
      } else {
        collectDigests(value, into);
      }
    }
  }
}
