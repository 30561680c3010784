// Writes the inputs the W3C vc-di-eddsa test suite builds at run time (through data-integrity-test-suite-assertion's
// vc-generator) as fixture files, signed with the suite's own test key, so `dotnet test` can replay them offline.
// Usage: node w3c-di-eddsa-fixtures.mjs <contexts-dir> <output-dir>
// Run once; the .NET tests read the files and never run this script.
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {cryptosuite as rdfcSuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as base58 from 'base58-universal';
import jsonld from 'jsonld';

const [contextsDir, outputDir] = process.argv.slice(2);
if(!contextsDir || !outputDir) {
  console.error('usage: node w3c-di-eddsa-fixtures.mjs <contexts-dir> <output-dir>');
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

// The suite's key (vc-di-eddsa-test-suite tests/vc-generator/helpers.js getMultikey): a bnid secret-key seed, i.e.
// multibase base58btc of an identity multihash (0x00, length 0x20) over the 32-byte Ed25519 seed.
const seedBytes = base58.decode('z1AYMku6XEB5KV3XJbYzz9VejGJYRuqzu5wmq4JDRyUCjr8'.slice(1));
if(seedBytes[0] !== 0x00 || seedBytes[1] !== 0x20 || seedBytes.length !== 34) {
  throw new Error('unexpected seed encoding');
}
const key = await Ed25519Multikey.generate({seed: seedBytes.slice(2)});
const issuer = `did:key:${key.publicKeyMultibase}`;
key.controller = issuer;
const signer = key.signer();
key.id = signer.id = `${issuer}#${key.publicKeyMultibase}`;

// data-integrity-test-suite-assertion validVc.json (VC 1.1), with the issuer set to the key's controller.
const validVc = {
  '@context': ['https://www.w3.org/2018/credentials/v1'],
  id: 'urn:uuid:86294362-4254-4f36-854f-3952fe42555d',
  type: ['VerifiableCredential'],
  issuer,
  issuanceDate: '2020-03-16T22:37:26.544Z',
  credentialSubject: {id: 'did:key:z6MktKwz7Ge1Yxzr4JHavN33wiwa8y81QdcMRLXQsrH9T53b'}
};
const created = '2025-03-04T19:00:00Z';

// The suite generated its inputs with cryptosuite releases that canonized without JSON-LD safe mode; a mutation
// that makes data unmappable (a relative proofPurpose, an undefined term) is signed the same way here.
const unsafeRdfcSuite = {
  ...rdfcSuite,
  canonize: input => jsonld.canonize(input, {
    algorithm: 'RDFC-1.0', format: 'application/n-quads', documentLoader, safe: false, base: null
  })
};

function suite({safe = true} = {}) {
  return new DataIntegrityProof({signer, date: created, cryptosuite: safe ? rdfcSuite : unsafeRdfcSuite});
}

// The assertion suite's invalidCreateProof: a createProof that leaves out a member or sets a wrong proofPurpose.
function createProofWithout({addVm = true, addProofPurpose = true, mockPurpose}) {
  return async function({document, purpose, documentLoader: loader}) {
    let proof = this.proof ? {...this.proof} : {};
    proof.type = this.type;
    proof.created = this.date;
    if(addVm) {
      proof.verificationMethod = this.verificationMethod;
    }
    proof.cryptosuite = this.cryptosuite;
    proof = await this.updateProof({document, proof, purpose, documentLoader: loader});
    if(addProofPurpose) {
      proof = mockPurpose ? {...proof, proofPurpose: mockPurpose} :
        await purpose.update(proof, {document, suite: this, documentLoader: loader});
    }
    const verifyData = await this.createVerifyData({document, proof, documentLoader: loader});
    return this.sign({verifyData, document, proof, documentLoader: loader});
  };
}

async function issue(credential, ...suites) {
  let signed = structuredClone(credential);
  for(const s of suites) {
    signed = await vc.issue({credential: signed, suite: s, documentLoader});
  }
  return signed;
}

const fixtures = {};
fixtures.issuedVc = await issue(validVc, suite());
{
  const s = suite();
  s.createProof = createProofWithout({addVm: false});
  fixtures.noVm = await issue(validVc, s);
}
{
  const s = suite();
  s.createProof = createProofWithout({addProofPurpose: false});
  fixtures.noProofPurpose = await issue(validVc, s);
}
{
  const s = suite({safe: false});
  s.createProof = createProofWithout({mockPurpose: 'invalidPurpose'});
  fixtures.invalidProofPurpose = await issue(validVc, s);
}
{
  const s = suite({safe: false});
  s.type = 'UnknownProofType';
  fixtures.invalidProofType = await issue(validVc, s);
}
{
  const s = suite({safe: false});
  s.cryptosuite = 'UnknownCryptosuite';
  fixtures.invalidCryptosuite = await issue(validVc, s);
}
{
  const credential = structuredClone(validVc);
  credential.credentialSubject.undefinedTerm = 'undefinedTerm';
  // Signed without safe mode, as jsonld-signatures does: the term is dropped, so the proof is over less than the data.
  fixtures.undefinedTerm = await issue(credential, suite({safe: false}));
}
{
  // generators.js invalidBaseUrl: a relative type resolved against an @base, which cleanups.invalidBaseUrl drops.
  const credential = structuredClone(validVc);
  credential['@context'].push({'@base': 'https://invalid.example.com/'});
  credential.type.push('UndefinedCredential');
  const signed = await issue(credential, suite({safe: false}));
  signed['@context'] = signed['@context'].filter(c => typeof c === 'string' || !('@base' in c));
  fixtures.invalidBaseUrl = signed;
}
fixtures.proofSet = await issue(validVc, suite(), suite());

// generators.js setups for the proof chains: a first proof with an id, a second naming it (or a missing one).
// jsonld-signatures signs every proof over the document without its proofs, so the second proof is made here
// as VC Data Integrity 1.0 §4.3 Add Proof step 4 says: over the document whose proof is the proofs it names.
async function chained(previousProof) {
  const first = suite();
  first.proof = {id: 'urn:uuid:test:first:proof'};
  const once = await issue(validVc, first);
  const named = [previousProof].flat().map(id => [once.proof].flat().find(p => p.id === id)).filter(p => p);
  const document = structuredClone(once);
  delete document.proof;
  if(named.length > 0) {
    document.proof = named;
  }
  const second = suite();
  second.proof = {previousProof};
  const proof = await second.createProof({
    document, purpose: new vc.CredentialIssuancePurpose(), proofSet: named, documentLoader
  });
  return {...once, proof: [once.proof, proof]};
}
fixtures.previousProofString = await chained('urn:uuid:test:first:proof');
fixtures.previousProofArray = await chained(['urn:uuid:test:first:proof']);
fixtures.missingPreviousProofString = await chained('urn:uuid:test:missing:proof');
fixtures.missingPreviousProofArray = await chained(['urn:uuid:test:missing:proof']);
// cleanups.previousProofFail: the first proof of a valid chain no longer verifies.
fixtures.previousProofFail = await chained('urn:uuid:test:first:proof');
fixtures.previousProofFail.proof[0].proofValue = 'invalidProofValue';

for(const [name, document] of Object.entries(fixtures)) {
  writeFileSync(join(outputDir, `${name}.json`), JSON.stringify(document, null, 2) + '\n');
}
console.log(`wrote ${Object.keys(fixtures).length} fixtures for ${issuer}`);
