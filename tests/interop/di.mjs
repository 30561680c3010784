// Oracle for the .NET Data Integrity tests: Digital Bazaar's implementations, fully offline.
// Usage: node di.mjs <sign|verify|sign-vp|verify-vp|canon|jcs> <contexts-dir>   (input JSON on stdin, result on stdout)
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {cryptosuite as rdfcSuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {createSignCryptosuite, createVerifyCryptosuite} from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import jsonld from 'jsonld';
import canonicalize from 'canonicalize';

const [command, contextsDir] = process.argv.slice(2);
if(!command || !contextsDir) {
  console.error('usage: node di.mjs <sign|verify|sign-vp|verify-vp|canon|jcs> <contexts-dir>');
  process.exit(2);
}

const index = JSON.parse(readFileSync(join(contextsDir, 'index.json'), 'utf8'));
const contexts = new Map();
for(const [url, entry] of Object.entries(index)) {
  const document = JSON.parse(readFileSync(join(contextsDir, entry.file), 'utf8'));
  contexts.set(url, document);
  contexts.set(url.replace(/^https:/, 'http:'), document);
  contexts.set(url.replace(/^http:/, 'https:'), document);
}

// did:key documents are derived from the key itself; nothing else is ever fetched.
function didKeyDocument(url) {
  const did = url.split('#')[0];
  const key = did.slice('did:key:'.length);
  const method = {
    '@context': 'https://w3id.org/security/multikey/v1',
    id: `${did}#${key}`,
    type: 'Multikey',
    controller: did,
    publicKeyMultibase: key
  };
  if(url.includes('#')) {
    return method;
  }
  const {'@context': _, ...embedded} = method;
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did,
    verificationMethod: [embedded],
    assertionMethod: [method.id],
    authentication: [method.id]
  };
}

async function documentLoader(url) {
  if(contexts.has(url)) {
    return {contextUrl: null, documentUrl: url, document: structuredClone(contexts.get(url))};
  }
  if(url.startsWith('did:key:')) {
    return {contextUrl: null, documentUrl: url, document: didKeyDocument(url)};
  }
  throw new Error(`offline loader: ${url} is not available`);
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

const input = await readStdin();
switch(command) {
  case 'sign': {
    const {credential, cryptosuite, publicKeyMultibase, secretKeyMultibase, created} = input;
    const did = `did:key:${publicKeyMultibase}`;
    const keyPair = await Ed25519Multikey.from({
      id: `${did}#${publicKeyMultibase}`, controller: did, publicKeyMultibase, secretKeyMultibase
    });
    const suite = new DataIntegrityProof({
      signer: keyPair.signer(),
      date: created,
      cryptosuite: cryptosuite === 'eddsa-jcs-2022' ? createSignCryptosuite() : rdfcSuite
    });
    const signed = await vc.issue({credential, suite, documentLoader});
    process.stdout.write(JSON.stringify(signed));
    break;
  }
  case 'verify': {
    const suite = [
      new DataIntegrityProof({cryptosuite: rdfcSuite}),
      new DataIntegrityProof({cryptosuite: createVerifyCryptosuite()})
    ];
    const result = await vc.verifyCredential({credential: input, suite, documentLoader});
    const errors = [result.error, ...(result.results ?? []).map(r => r.error)]
      .filter(e => e).flatMap(e => e.errors ?? [e]).map(e => String(e.message ?? e));
    process.stdout.write(JSON.stringify({verified: result.verified, errors}));
    break;
  }
  case 'sign-vp': {
    // A holder's presentation: proofPurpose authentication with the verifier's challenge and domain.
    const {presentation, cryptosuite, publicKeyMultibase, secretKeyMultibase, created, challenge, domain} = input;
    const did = `did:key:${publicKeyMultibase}`;
    const keyPair = await Ed25519Multikey.from({
      id: `${did}#${publicKeyMultibase}`, controller: did, publicKeyMultibase, secretKeyMultibase
    });
    const suite = new DataIntegrityProof({
      signer: keyPair.signer(),
      date: created,
      cryptosuite: cryptosuite === 'eddsa-jcs-2022' ? createSignCryptosuite() : rdfcSuite
    });
    const signed = await vc.signPresentation({presentation, suite, challenge, domain, documentLoader});
    process.stdout.write(JSON.stringify(signed));
    break;
  }
  case 'verify-vp': {
    // The presentation's proof and every embedded credential's proof.
    const {presentation, challenge, domain} = input;
    const suite = [
      new DataIntegrityProof({cryptosuite: rdfcSuite}),
      new DataIntegrityProof({cryptosuite: createVerifyCryptosuite()})
    ];
    const result = await vc.verify({presentation, challenge, domain, suite, documentLoader});
    const errors = [result.error, result.presentationResult?.error,
      ...(result.presentationResult?.results ?? []).map(r => r.error),
      ...(result.credentialResults ?? []).flatMap(r => [r.error, ...(r.results ?? []).map(x => x.error)])]
      .filter(e => e).flatMap(e => e.errors ?? [e]).map(e => String(e.message ?? e));
    process.stdout.write(JSON.stringify({verified: result.verified, errors}));
    break;
  }
  case 'canon': {
    const nquads = await jsonld.canonize(input, {
      algorithm: 'RDFC-1.0', format: 'application/n-quads', documentLoader, safe: true, base: null
    });
    process.stdout.write(nquads);
    break;
  }
  case 'jcs':
    process.stdout.write(canonicalize(input));
    break;
  default:
    console.error(`unknown command ${command}`);
    process.exit(2);
}
