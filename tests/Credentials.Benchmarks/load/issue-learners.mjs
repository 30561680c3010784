// Issues COUNT credentials of one course to COUNT different learners through the running service's
// POST /credentials/issue (the course, issuer and award of the input form; learner name, student number and e-mail
// changed per learner), and writes one verify body {"verifiableCredential": "<VC-JWT>"} a line for rotate.lua.
// Usage: node issue-learners.mjs <issue URL> <API key> <input form .json> <count> <output file>
import { readFileSync, writeFileSync } from 'node:fs';

const [url, apiKey, inputPath, countText, outputPath] = process.argv.slice(2);
const input = JSON.parse(readFileSync(inputPath, 'utf8'));
const count = Number(countText);
const bodies = new Array(count);

async function issue(i) {
  const credential = structuredClone(input);
  const number = String(700000 + i);
  credential.learner.givenName = `Learner ${i}`;
  credential.learner.familyName = 'Loadtest';
  credential.learner.studentNumber = number;
  credential.learner.email = `learner-${number}@opiskelija.example`;
  delete credential.learner.did;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({ credential }),
  });
  const answer = await response.json();
  if (response.status !== 201 || typeof answer.verifiableCredential !== 'string') {
    throw new Error(`issuing learner ${i} answered ${response.status}: ${JSON.stringify(answer).slice(0, 300)}`);
  }
  bodies[i] = JSON.stringify({ verifiableCredential: answer.verifiableCredential });
}

// Four requests in flight: the registry writes one at a time anyway.
let next = 0;
await Promise.all(Array.from({ length: 4 }, async () => {
  while (next < count) {
    await issue(next++);
  }
}));
writeFileSync(outputPath, bodies.join('\n') + '\n');
console.log(`issued ${count} credentials of one course to ${count} learners`);
