// Independent reading of our Bitstring Status Lists with @digitalbazaar/bitstring (tests only).
// Usage: node bitstring.mjs < {"encodedList": "u..."}   prints {"length": N, "set": [every index whose bit is 1]}
import {readFileSync} from 'node:fs';
import {Bitstring} from '@digitalbazaar/bitstring';

const {encodedList} = JSON.parse(readFileSync(0, 'utf8'));
if (typeof encodedList !== 'string' || !encodedList.startsWith('u')) {
  console.log(JSON.stringify({error: 'encodedList is not multibase base64url (u...)'}));
  process.exit(1);
}
// The library decodes base64url without the multibase prefix and gunzips; bit 0 is the most significant bit of byte 0
// (its default left-to-right indexing), as the W3C Recommendation says.
const buffer = await Bitstring.decodeBits({encoded: encodedList.slice(1)});
const bits = new Bitstring({buffer});
const set = [];
for (let i = 0; i < bits.length; i++) {
  if (bits.get(i)) {
    set.push(i);
  }
}
console.log(JSON.stringify({length: bits.length, set}));
