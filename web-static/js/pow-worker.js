// Proof of work for a tip (see ChallengeCodec): find a nonce so that SHA-256(challenge + ":" + nonce)
// starts with `difficulty` zero bits. A small synchronous SHA-256: crypto.subtle is asynchronous
// and far too slow per hash.
const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const W = new Uint32Array(64);
const IV = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/** One SHA-256 block (64 bytes of `bytes` from `off`) into `state`. */
function compress(state, bytes, off) {
  for (let i = 0; i < 16; i++, off += 4) {
    W[i] = (bytes[off] << 24) | (bytes[off + 1] << 16) | (bytes[off + 2] << 8) | bytes[off + 3];
  }
  for (let i = 16; i < 64; i++) {
    const a = W[i - 15], b = W[i - 2];
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
    W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
  }
  let a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i] + W[i]) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
  }
  state[0] += a; state[1] += b; state[2] += c; state[3] += d; state[4] += e; state[5] += f; state[6] += g; state[7] += h;
}

function leadingZeroBits(hash) {
  let bits = 0;
  for (const word of hash) {
    if (word === 0) { bits += 32; continue; }
    return bits + Math.clz32(word);
  }
  return bits;
}

/**
 * Searches nonces 0, 1, 2… (base 36). The challenge's full 64-byte blocks are hashed once (the
 * "midstate"); each try hashes only the last block(s): the challenge's tail, the nonce, padding.
 */
function solve(challenge, difficulty) {
  const prefix = new TextEncoder().encode(`${challenge}:`);
  const whole = prefix.length - (prefix.length % 64);
  const mid = Uint32Array.from(IV);
  for (let off = 0; off < whole; off += 64) compress(mid, prefix, off);
  const tail = prefix.subarray(whole);
  const block = new Uint8Array(128);
  const state = new Uint32Array(8);
  const started = performance.now();
  let reported = started;
  for (let n = 0; ; n++) {
    const nonce = n.toString(36);
    const length = tail.length + nonce.length;
    const blocks = length + 9 <= 64 ? 1 : 2;
    block.fill(0);
    block.set(tail);
    for (let i = 0; i < nonce.length; i++) block[tail.length + i] = nonce.charCodeAt(i);
    block[length] = 0x80;
    const bits = (prefix.length + nonce.length) * 8;
    const end = blocks * 64;
    block[end - 4] = bits >>> 24; block[end - 3] = bits >>> 16; block[end - 2] = bits >>> 8; block[end - 1] = bits;
    state.set(mid);
    compress(state, block, 0);
    if (blocks === 2) compress(state, block, 64);
    if (leadingZeroBits(state) >= difficulty) {
      self.postMessage({ nonce, tried: n + 1, ms: performance.now() - started });
      return;
    }
    if ((n & 0x3fff) === 0 && n > 0) {
      const now = performance.now();
      if (now - reported >= 250) {
        reported = now;
        self.postMessage({ tried: n + 1, ms: now - started });
      }
    }
  }
}

// {challenge, difficulty} starts a search; it posts {tried, ms} about four times a second (the
// page turns them into an honest estimate) and {nonce, tried, ms} when done.
self.onmessage = (event) => solve(event.data.challenge, event.data.difficulty);
