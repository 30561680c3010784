// Signs the W3C vc-data-model-2.0 test suite's presentation inputs the way its tests/data-generator.js createLocalVp
// does (the suite's own did:key, eddsa-rdfc-2022, authentication with a challenge and domain), so `dotnet test`
// can replay them offline. Usage: node w3c-vc2-presentations.mjs <contexts-dir> <suite-folder>
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {cryptosuite as rdfcSuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';

const [contextsDir, suiteDir] = process.argv.slice(2);
if(!contextsDir || !suiteDir) {
  console.error('usage: node w3c-vc2-presentations.mjs <contexts-dir> <suite-folder>');
  process.exit(2);
}

const index = JSON.parse(readFileSync(join(contextsDir, 'index.json'), 'utf8'));
const contexts = new Map();
for(const [url, entry] of Object.entries(index)) {
  contexts.set(url, JSON.parse(readFileSync(join(contextsDir, entry.file), 'utf8')));
}

async function documentLoader(url) {
  if(contexts.has(url)) {
    return {contextUrl: null, documentUrl: url, document: structuredClone(contexts.get(url))};
  }
  throw new Error(`offline loader: ${url} is not available`);
}

// The suite's key pair (tests/data-generator.js getKeys).
const publicKeyMultibase = 'z6MkpJySvETLnxhQG9DzEdmKJtysBDjuuTeDfUj1uNNCUqcj';
const did = `did:key:${publicKeyMultibase}`;
const keyPair = await Ed25519Multikey.from({
  id: did, controller: did, publicKeyMultibase,
  secretKeyMultibase: 'zrv1a6V2qqSGkBz7QPw4yJedKc8X9dEdug7c3MEzNUDVEmkyVcXtTWNLQLArgKXzN7LbGMTVjqE2CbdrqpnxqtxmY1M'
});
const signer = keyPair.signer();
signer.id = `${did}#${publicKeyMultibase}`;
const date = '2025-03-04T19:00:00Z';
const suite = () => new DataIntegrityProof({signer, date, cryptosuite: rdfcSuite});

// The challenge of the suite's fixtures.js (what its verifyPresentation sends) and its data-generator.js domain.
const challenge = '123456789';
const domain = 'github.com/w3c/vc-data-model-2.0-test-suite';

for(const name of ['presentation-id-ok', 'presentation-ok', 'presentation-multiple-vc-ok',
  'presentation-holder-ok', 'presentation-holder-object-ok']) {
  const presentation = JSON.parse(readFileSync(join(suiteDir, 'input', `${name}.json`), 'utf8'));
  if(presentation.verifiableCredential) {
    presentation.verifiableCredential = await Promise.all(presentation.verifiableCredential.map(credential =>
      credential.proof ? credential : vc.issue({credential: {...credential, issuer: did}, suite: suite(), documentLoader})));
  }
  const signed = await vc.signPresentation({presentation, suite: suite(), challenge, domain, documentLoader});
  writeFileSync(join(suiteDir, 'generated', `${name}-signed.json`), JSON.stringify(signed, null, 2) + '\n');
}
console.log(`signed 5 presentations as ${did}`);
