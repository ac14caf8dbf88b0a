/* Optional compiled kernels of the MinHash core (block dedup and corpus dedup): word and character shingle hashes, MinHash minima.
 *
 * Both compute exactly what the numpy code in shingle.py and signatures.py computes (the tests
 * compare them bit for bit); cleantext uses the numpy code when this module is not built.
 * Only the buffer protocol is used (no numpy headers), and the GIL is released while the
 * loops run.
 *
 *   word_hashes(data, starts, n, hashes, offsets) -> number of hashes
 *       data: uint8, the translated texts joined by one space (byte 32 separates words);
 *       starts: int64, len(texts) + 1, where each text starts (text i ends one byte before
 *       starts[i + 1]); n: words per shingle. Writes the 32-bit ngram_hash of every shingle
 *       (the text's words joined by single spaces, n at a time; a non-empty text of fewer
 *       words has one shingle) into hashes (uint32, capacity checked) and the per-text
 *       offsets (int64, len(texts) + 1).
 *   word_xxh32(data, starts, n, hashes, offsets) -> number of hashes
 *       word_hashes, but each shingle's hash is xxh32 (seed 0) of its bytes, the words joined
 *       by single spaces (xxhash.xxh32_intdigest; corpus dedup's hash="xxh32").
 *   has_repeat(data, n) -> bool
 *       data: uint8, words separated by runs of byte 32. Whether some n consecutive words
 *       occur twice without overlapping (at word positions at least n apart), compared byte
 *       for byte; also True when too many different runs share a 64-bit hash to tell (never
 *       by chance).
 *   fold_words(data, table, out) -> (length written or -1, marked)
 *       data: uint8, UTF-8 text; out: uint8, at least 2 * len(data); table: uint8, by code
 *       point. An ASCII character becomes the byte table[c] (32: a separator). Any other
 *       character (below len(table)) has flags table[c]: FOLD_WORD (a word character, kept
 *       as it is; else a separator, which becomes a space), FOLD_MARKED (marked becomes
 *       True), FOLD_NOSPACE (of a script written without spaces: a word of its own, save
 *       for the marks after it), FOLD_MARK (a mark: joins the character before it). Spaces
 *       go where words of FOLD_NOSPACE characters meet others. The length is -1 when a
 *       character is not in the table or has the value 0, or the bytes are not UTF-8.
 *   char_hashes(stream, bounds, n, hashes, offsets) -> number of hashes
 *       stream: uint8, the normalised texts one after the other (UTF-8); bounds: int64,
 *       len(texts) + 1, text i is stream[bounds[i]:bounds[i + 1]]. Writes the hash of every
 *       shingle of n consecutive characters (a non-empty text of fewer has one: all of it).
 *   minhash(hashes, offsets, a, b, out)
 *       out[i, p] = min over the hashes h of text i of a[p] * fmix32(h) + b[p] (mod 2**32),
 *       2**32 - 1 for a text without hashes (datasketch's affine32 scheme).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#if defined(_MSC_VER)
#define restrict __restrict
#endif

#define P64 0x100000001B3ULL /* FNV-1a 64-bit prime, as shingle._P */

static inline uint64_t fmix64(uint64_t h) {
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ULL;
    h ^= h >> 33;
    return h;
}

static inline uint32_t fmix32(uint32_t h) {
    h ^= h >> 16;
    h *= 0x85EBCA6BU;
    h ^= h >> 13;
    h *= 0xC2B2AE35U;
    h ^= h >> 16;
    return h;
}

/* xxh32 (https://github.com/Cyan4973/xxHash, XXH32), seed 0 */
#define X1 0x9E3779B1U
#define X2 0x85EBCA77U
#define X3 0xC2B2AE3DU
#define X4 0x27D4EB2FU
#define X5 0x165667B1U

static inline uint32_t rotl32(uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }

static inline uint32_t read32le(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static inline uint32_t xxh32_round(uint32_t acc, uint32_t input) {
    acc += input * X2;
    return rotl32(acc, 13) * X1;
}

static uint32_t xxh32(const uint8_t *p, Py_ssize_t len) {
    const uint8_t *end = p + len;
    uint32_t h;
    if (len >= 16) {
        uint32_t v1 = X1 + X2, v2 = X2, v3 = 0, v4 = 0U - X1;
        const uint8_t *limit = end - 16;
        do {
            v1 = xxh32_round(v1, read32le(p));
            v2 = xxh32_round(v2, read32le(p + 4));
            v3 = xxh32_round(v3, read32le(p + 8));
            v4 = xxh32_round(v4, read32le(p + 12));
            p += 16;
        } while (p <= limit);
        h = rotl32(v1, 1) + rotl32(v2, 7) + rotl32(v3, 12) + rotl32(v4, 18);
    } else {
        h = X5;
    }
    h += (uint32_t)len;
    for (; p + 4 <= end; p += 4) h = rotl32(h + read32le(p) * X3, 17) * X4;
    for (; p < end; p++) h = rotl32(h + (*p) * X5, 11) * X1;
    h ^= h >> 15;
    h *= X2;
    h ^= h >> 13;
    h *= X3;
    h ^= h >> 16;
    return h;
}

/* P**k for k < N_POW (longer spans multiply in steps) */
#define N_POW 4096
static uint64_t POW[N_POW];

static inline uint64_t pow_p(Py_ssize_t k) {
    uint64_t r = 1;
    while (k >= N_POW) {
        r *= POW[N_POW - 1];
        k -= N_POW - 1;
    }
    return r * POW[k];
}

static int get(PyObject *obj, Py_buffer *view, Py_ssize_t itemsize, int writable,
               const char *name) {
    if (PyObject_GetBuffer(obj, view, PyBUF_C_CONTIGUOUS | (writable ? PyBUF_WRITABLE : 0)) <
        0)
        return -1;
    if (view->itemsize != itemsize) {
        PyErr_Format(PyExc_TypeError, "%s: items of %zd bytes expected", name, itemsize);
        PyBuffer_Release(view);
        return -1;
    }
    return 0;
}

/* The units (words or characters) of one text's bytes t[0:len], in the string that is hashed:
 * for unit j, the prefix hash of that string where the unit starts (g0) and ends (g1), and
 * those positions (p0, p1). The hash of a span of units is g1[last] - g0[first] * P**(p1[last]
 * - p0[first]). Each scanner returns the number of units. */
typedef Py_ssize_t (*scan_units)(const uint8_t *t, Py_ssize_t len, uint64_t *g0, uint64_t *g1,
                                 Py_ssize_t *p0, Py_ssize_t *p1);

/* words: the runs of non-spaces, hashed as if joined by single spaces */
static Py_ssize_t scan_words(const uint8_t *t, Py_ssize_t len, uint64_t *g0, uint64_t *g1,
                             Py_ssize_t *p0, Py_ssize_t *p1) {
    Py_ssize_t pos = 0, at = 0, words = 0; /* at: position in the joined words */
    uint64_t g = 0;
    while (pos < len) {
        while (pos < len && t[pos] == 32) pos++;
        if (pos >= len) break;
        if (words > 0) { /* the single space before the word */
            g = g * P64 + 33;
            at++;
        }
        g0[words] = g;
        p0[words] = at;
        Py_ssize_t s = pos;
        while (pos < len && t[pos] != 32) g = g * P64 + t[pos++] + 1;
        at += pos - s;
        g1[words] = g;
        p1[words++] = at;
    }
    return words;
}

/* characters: a UTF-8 lead byte starts one, continuation bytes (10xxxxxx) extend it */
static Py_ssize_t scan_chars(const uint8_t *t, Py_ssize_t len, uint64_t *g0, uint64_t *g1,
                             Py_ssize_t *p0, Py_ssize_t *p1) {
    Py_ssize_t chars = 0;
    uint64_t g = 0;
    for (Py_ssize_t j = 0; j < len; j++) {
        if ((t[j] & 0xC0) != 0x80) {
            if (chars > 0) {
                g1[chars - 1] = g;
                p1[chars - 1] = j;
            }
            g0[chars] = g;
            p0[chars++] = j;
        }
        g = g * P64 + t[j] + 1;
    }
    if (chars > 0) {
        g1[chars - 1] = g;
        p1[chars - 1] = len;
    }
    return chars;
}

/* Copy the words of t[0:len] (runs of bytes other than 32) to out, joined by single spaces;
 * returns the length written (at most len). */
static Py_ssize_t join_words(const uint8_t *t, Py_ssize_t len, uint8_t *out) {
    Py_ssize_t w = 0;
    for (Py_ssize_t pos = 0; pos < len; pos++) {
        if (t[pos] != 32) {
            if (w > 0 && t[pos - 1] == 32) out[w++] = 32;
            out[w++] = t[pos];
        }
    }
    return w;
}

/* word_hashes and char_hashes: text i is data[starts[i]:starts[i + 1]] (at most len(data) +
 * slack: word texts are followed by a separator that the last one lacks); every shingle of n
 * units (a text of fewer units has one, of all of them) is hashed into hashes, and each text's
 * first hash is written to offsets. With xxh (words only), a text's words are first copied
 * joined by single spaces, and a shingle's hash is xxh32 of its bytes there. */
static PyObject *shingle_hashes(PyObject *args, scan_units scan, const char *starts_name,
                                Py_ssize_t slack, int xxh) {
    PyObject *o_data, *o_starts, *o_hashes, *o_offsets;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "OOnOO", &o_data, &o_starts, &n, &o_hashes, &o_offsets))
        return NULL;
    if (n < 1) {
        PyErr_SetString(PyExc_ValueError, "n must be >= 1");
        return NULL;
    }
    Py_buffer data, starts, hashes, offsets;
    if (get(o_data, &data, 1, 0, "data") < 0) return NULL;
    if (get(o_starts, &starts, 8, 0, starts_name) < 0) goto fail_data;
    if (get(o_hashes, &hashes, 4, 1, "hashes") < 0) goto fail_starts;
    if (get(o_offsets, &offsets, 8, 1, "offsets") < 0) goto fail_hashes;

    const uint8_t *d = data.buf;
    const int64_t *st = starts.buf;
    uint32_t *out = hashes.buf;
    int64_t *off = offsets.buf;
    Py_ssize_t n_texts = starts.len / 8 - 1, cap = hashes.len / 4, size = data.len;
    Py_ssize_t total = 0, longest = 0;
    int bad = n_texts < 0 || offsets.len / 8 != n_texts + 1;
    for (Py_ssize_t i = 0; !bad && i < n_texts; i++)
        if (st[i] < 0 || st[i] > st[i + 1] || st[i + 1] > size + slack) bad = 1;
        else if (st[i + 1] - st[i] > longest) longest = st[i + 1] - st[i];
    if (bad) {
        PyErr_Format(PyExc_ValueError,
                     "%s must rise from 0 to at most len(data) + %zd, and offsets must have as "
                     "many items",
                     starts_name, slack);
        goto fail_all;
    }
    Py_ssize_t units = longest + 1; /* at most one unit a byte */
    uint64_t *g0 = PyMem_Malloc(units * sizeof(uint64_t));
    uint64_t *g1 = PyMem_Malloc(units * sizeof(uint64_t));
    Py_ssize_t *p0 = PyMem_Malloc(units * sizeof(Py_ssize_t));
    Py_ssize_t *p1 = PyMem_Malloc(units * sizeof(Py_ssize_t));
    uint8_t *joined = xxh ? PyMem_Malloc(units) : NULL;
    if (g0 == NULL || g1 == NULL || p0 == NULL || p1 == NULL || (xxh && joined == NULL)) {
        PyMem_Free(g0);
        PyMem_Free(g1);
        PyMem_Free(p0);
        PyMem_Free(p1);
        PyMem_Free(joined);
        PyErr_NoMemory();
        goto fail_all;
    }
    Py_BEGIN_ALLOW_THREADS
    off[0] = 0;
    for (Py_ssize_t i = 0; i < n_texts; i++) {
        Py_ssize_t end = st[i + 1] < size ? st[i + 1] : size;
        const uint8_t *t = d + st[i];
        Py_ssize_t len = end - st[i];
        if (xxh) { /* the words joined by single spaces: positions are byte offsets there */
            len = join_words(t, len, joined);
            t = joined;
        }
        Py_ssize_t found = scan(t, len, g0, g1, p0, p1);
        Py_ssize_t count = found == 0 ? 0 : (found < n ? 1 : found - n + 1);
        if (total + count > cap) {
            bad = 1;
            break;
        }
        Py_ssize_t k = found < n ? found : n;
        for (Py_ssize_t w = 0; w < count; w++) {
            Py_ssize_t last = w + k - 1;
            if (xxh) {
                out[total + w] = xxh32(t + p0[w], p1[last] - p0[w]);
            } else {
                uint64_t h = g1[last] - g0[w] * pow_p(p1[last] - p0[w]);
                out[total + w] = (uint32_t)fmix64(h);
            }
        }
        total += count;
        off[i + 1] = total;
    }
    Py_END_ALLOW_THREADS
    PyMem_Free(g0);
    PyMem_Free(g1);
    PyMem_Free(p0);
    PyMem_Free(p1);
    PyMem_Free(joined);
    if (bad) {
        PyErr_SetString(PyExc_ValueError, "hashes is too small for the shingles");
        goto fail_all;
    }
    PyBuffer_Release(&offsets);
    PyBuffer_Release(&hashes);
    PyBuffer_Release(&starts);
    PyBuffer_Release(&data);
    return PyLong_FromSsize_t(total);
fail_all:
    PyBuffer_Release(&offsets);
fail_hashes:
    PyBuffer_Release(&hashes);
fail_starts:
    PyBuffer_Release(&starts);
fail_data:
    PyBuffer_Release(&data);
    return NULL;
}

static PyObject *word_hashes(PyObject *self, PyObject *args) {
    return shingle_hashes(args, scan_words, "starts", 1, 0);
}

static PyObject *word_xxh32(PyObject *self, PyObject *args) {
    return shingle_hashes(args, scan_words, "starts", 1, 1);
}

static PyObject *char_hashes(PyObject *self, PyObject *args) {
    return shingle_hashes(args, scan_chars, "bounds", 0, 0);
}

/* has_repeat: each run of n words gets a 64-bit rolling hash (over hashes of its words), an
 * open-addressing table of the runs seen finds an earlier run with the same hash, and the two
 * are compared word for word (has_repeat, from the words' spans in one pass over the bytes,
 * w-lspeed2) or byte for byte in a copy of the words joined by single spaces
 * (repeat_in_parts). Linear in the
 * text; a hash shared by different runs (2**-64 by chance) costs one comparison, and more than
 * collision_budget of them end the search with an unsure True. */
#define ROLL 0x9E3779B97F4A7C15ULL /* odd: the rolling hash's base */

static Py_ssize_t count_words(const uint8_t *t, Py_ssize_t len) {
    if (len == 0) return 0;
    Py_ssize_t words = t[0] != 32;
    for (Py_ssize_t i = 1; i < len; i++) words += (t[i] != 32) & (t[i - 1] == 32);
    return words;
}

/* the hash of one word's bytes p[0:len], 8 at a time (only has_repeat uses it); the buffer
 * goes on to limit, so the last bytes may be read 8 at a time and masked */
static inline uint64_t word_hash(const uint8_t *p, Py_ssize_t len, const uint8_t *limit) {
    uint64_t h = (uint64_t)len * 0x9E3779B97F4A7C15ULL;
    for (; len >= 8; p += 8, len -= 8) {
        uint64_t v;
        memcpy(&v, p, 8);
        h = (h ^ v) * 0xFF51AFD7ED558CCDULL;
        h ^= h >> 32;
    }
    if (len > 0) {
        uint64_t v = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        if (limit - p >= 8) { /* the first len bytes are the low ones */
            memcpy(&v, p, 8);
            v &= ~0ULL >> (64 - 8 * len);
        } else
#endif
            for (Py_ssize_t i = 0; i < len; i++) v |= (uint64_t)p[i] << (8 * i);
        h = (h ^ v) * 0xFF51AFD7ED558CCDULL;
    }
    return fmix64(h);
}

/* the words of t joined by single spaces into joined; at[j]: where word j starts there
 * (at[words]: one past the end plus the space), wh[j]: its hash */
static void index_words(const uint8_t *t, Py_ssize_t len, uint8_t *joined, Py_ssize_t *at,
                        uint64_t *wh) {
    Py_ssize_t pos = 0, w = 0, j = 0;
    while (pos < len) {
        while (pos < len && t[pos] == 32) pos++;
        if (pos >= len) break;
        const uint8_t *space = memchr(t + pos, 32, len - pos);
        Py_ssize_t end = space == NULL ? len : space - t;
        if (j > 0) joined[w++] = 32;
        at[j] = w;
        memcpy(joined + w, t + pos, end - pos);
        w += end - pos;
        wh[j++] = word_hash(t + pos, end - pos, t + len);
        pos = end;
    }
    at[j] = w + 1;
}

/* 1: runs w and v of n words are equal; 0: not */
static inline int same_run(const uint8_t *joined, const Py_ssize_t *at, Py_ssize_t n,
                           Py_ssize_t w, Py_ssize_t v) {
    Py_ssize_t lw = at[w + n] - at[w], lv = at[v + n] - at[v];
    return lw == lv && memcmp(joined + at[w], joined + at[v], lw - 1) == 0;
}

/* The start of repeat_in_parts: the word bytes of o_data in data, their words
 * and runs of n words. 1: the answer needs no search (*answer set, data released: fewer than
 * two runs, or too many for the 32-bit tables, which counts as unsure); 0: search; -1: error. */
static int repeat_input(PyObject *o_data, Py_ssize_t n, Py_buffer *data, Py_ssize_t *words,
                        Py_ssize_t *runs, PyObject **answer) {
    if (get(o_data, data, 1, 0, "data") < 0) return -1;
    *words = count_words(data->buf, data->len);
    *runs = *words - n + 1;
    if (*runs < 2 || *runs >= 0x7FFFFFFF) {
        PyBuffer_Release(data);
        *answer = PyBool_FromLong(*runs >= 2);
        return 1;
    }
    return 0;
}

/* has_repeat's words, in one pass: where each starts and ends in t, and its hash; the
 * number of words (ws, we, wh have room for one word per two bytes, and one) */
static Py_ssize_t span_words(const uint8_t *t, Py_ssize_t len, Py_ssize_t *ws, Py_ssize_t *we,
                             uint64_t *wh) {
    Py_ssize_t pos = 0, words = 0;
    for (;;) {
        while (pos < len && t[pos] == 32) pos++;
        if (pos >= len) return words;
        Py_ssize_t start = pos;
        pos++;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && defined(__GNUC__)
        /* eight bytes at a time: the first space is the lowest byte that is 32 */
        while (pos + 8 <= len) {
            uint64_t x;
            memcpy(&x, t + pos, 8);
            x ^= 0x2020202020202020ULL;
            uint64_t z = (x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL;
            if (z) {
                pos += __builtin_ctzll(z) >> 3;
                goto found;
            }
            pos += 8;
        }
#endif
        while (pos < len && t[pos] != 32) pos++;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && defined(__GNUC__)
    found:
#endif
        ws[words] = start;
        we[words] = pos;
        wh[words++] = word_hash(t + start, pos - start, t + len);
    }
}

/* 1: the runs of n words at w and v are equal word for word; 0: not */
static inline int same_words(const uint8_t *t, const Py_ssize_t *ws, const Py_ssize_t *we,
                             Py_ssize_t n, Py_ssize_t w, Py_ssize_t v) {
    for (Py_ssize_t k = 0; k < n; k++) {
        Py_ssize_t lw = we[w + k] - ws[w + k];
        if (lw != we[v + k] - ws[v + k] || memcmp(t + ws[w + k], t + ws[v + k], lw) != 0)
            return 0;
    }
    return 1;
}

static PyObject *has_repeat(PyObject *self, PyObject *args) {
    PyObject *o_data;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "On", &o_data, &n)) return NULL;
    if (n < 1) {
        PyErr_SetString(PyExc_ValueError, "n must be >= 1");
        return NULL;
    }
    Py_buffer data;
    if (get(o_data, &data, 1, 0, "data") < 0) return NULL;
    const uint8_t *t = data.buf;
    Py_ssize_t len = data.len, cap = len / 2 + 1;
    /* the words (one pass, no copy of their bytes), then the runs' keys and table */
    Py_ssize_t *ws = PyMem_Malloc(cap * sizeof(Py_ssize_t));
    Py_ssize_t *we = PyMem_Malloc(cap * sizeof(Py_ssize_t));
    uint64_t *wh = PyMem_Malloc(cap * sizeof(uint64_t));
    uint32_t *table = NULL;
    uint64_t *keys = NULL;
    int found = 0;
    if (ws == NULL || we == NULL || wh == NULL) goto nomem;
    Py_ssize_t words;
    Py_BEGIN_ALLOW_THREADS
    words = span_words(t, len, ws, we, wh);
    Py_END_ALLOW_THREADS
    Py_ssize_t runs = words - n + 1;
    if (runs < 2 || runs >= 0x7FFFFFFF) {
        found = runs >= 2; /* too many runs for the 32-bit table: unsure */
        goto done;
    }
    uint64_t size = 1;
    while (size < 2 * (uint64_t)runs) size <<= 1;
    /* the table (uint32 slots, zeroed) and the keys of the runs (each written before read) */
    table = PyMem_Calloc(size, sizeof(uint32_t));
    keys = PyMem_Malloc(runs * sizeof(uint64_t));
    if (table == NULL || keys == NULL) goto nomem;
    Py_BEGIN_ALLOW_THREADS
    uint64_t mask = size - 1;
    Py_ssize_t budget = 1000 + runs / 16;
    uint64_t top = 1, roll = 0; /* top: ROLL**(n - 1) */
    for (Py_ssize_t j = 0; j < n; j++) {
        roll = roll * ROLL + wh[j];
        if (j > 0) top *= ROLL;
    }
    for (Py_ssize_t w = 0; w < runs && !found; w++) {
        if (w > 0) roll = (roll - wh[w - 1] * top) * ROLL + wh[w + n - 1];
        uint64_t key = fmix64(roll);
        keys[w] = key;
        uint64_t slot = key & mask;
        int seen = 0;
        while (!seen && !found && table[slot]) {
            Py_ssize_t v = table[slot] - 1;
            if (keys[v] == key) {
                if (same_words(t, ws, we, n, w, v)) {
                    if (w - v >= n) found = 1;
                    seen = 1; /* overlaps its first occurrence, which stays in the table */
                } else if (--budget < 0) {
                    found = 1; /* unsure */
                }
            }
            slot = (slot + 1) & mask;
        }
        if (!seen) table[slot] = (uint32_t)(w + 1);
    }
    Py_END_ALLOW_THREADS
done:
    PyMem_Free(ws);
    PyMem_Free(we);
    PyMem_Free(wh);
    PyMem_Free(table);
    PyMem_Free(keys);
    PyBuffer_Release(&data);
    return PyBool_FromLong(found);
nomem:
    PyMem_Free(ws);
    PyMem_Free(we);
    PyMem_Free(wh);
    PyMem_Free(table);
    PyMem_Free(keys);
    PyBuffer_Release(&data);
    return PyErr_NoMemory();
}

#define FOLD_WORD 1
#define FOLD_MARKED 2
#define FOLD_NOSPACE 4
#define FOLD_MARK 8
#define FOLD_SEPARATOR 16

static PyObject *fold_words(PyObject *self, PyObject *args) {
    PyObject *o_data, *o_table, *o_out;
    if (!PyArg_ParseTuple(args, "OOO", &o_data, &o_table, &o_out)) return NULL;
    Py_buffer data, table, out;
    if (get(o_data, &data, 1, 0, "data") < 0) return NULL;
    if (get(o_table, &table, 1, 0, "table") < 0) goto fail_data;
    if (get(o_out, &out, 1, 1, "out") < 0) goto fail_table;
    if (out.len / 2 < data.len) {
        PyErr_SetString(PyExc_ValueError, "out must hold 2 * len(data) bytes");
        PyBuffer_Release(&out);
        goto fail_table;
    }
    const uint8_t *d = data.buf, *tab = table.buf;
    uint8_t *o = out.buf;
    Py_ssize_t len = data.len, size = table.len, w = 0;
    /* head_nospace: the last character that is not a mark (of a script with spaces) is of a
     * script without spaces; after: the character before is a word character of such a word
     * (or a mark joined to one) */
    int marked = 0, head_nospace = 0, after = 0;
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t i = 0; i < len;) {
        uint32_t c = d[i];
        if (c < 0x80) { /* never a mark nor of a script without spaces */
            uint8_t b = c < (uint32_t)size ? tab[c] : 0;
            if (b == 0) {
                w = -1;
                break;
            }
            if (b != 32 && after) o[w++] = 32;
            o[w++] = b;
            head_nospace = after = 0;
            i++;
            continue;
        }
        Py_ssize_t k = c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3
                     : c >= 0xF0 && c < 0xF5 ? 4 : 0;
        if (k == 0 || i + k > len) {
            w = -1;
            break;
        }
        c &= 0x7F >> k;
        for (Py_ssize_t j = 1; j < k; j++) {
            if ((d[i + j] & 0xC0) != 0x80) k = 0;
            c = c << 6 | (d[i + j] & 0x3F);
        }
        uint8_t f = k != 0 && c < (uint64_t)size ? tab[c] : 0;
        if (f == 0 || f >= 32) {
            w = -1;
            break;
        }
        int word = f & FOLD_WORD, nospace = (f & FOLD_NOSPACE) != 0, mark = (f & FOLD_MARK) != 0;
        int tail = mark && !nospace; /* joins the word before it, if any */
        if (!word) {
            o[w++] = 32;
        } else {
            if ((nospace && !(mark && after)) || (!nospace && !mark && after)) o[w++] = 32;
            marked |= (f & FOLD_MARKED) != 0;
            memcpy(o + w, d + i, k);
            w += k;
        }
        if (!tail) head_nospace = nospace;
        after = word && (nospace || (tail && head_nospace));
        i += k;
    }
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&out);
    PyBuffer_Release(&table);
    PyBuffer_Release(&data);
    return Py_BuildValue("nO", w, marked ? Py_True : Py_False);
fail_table:
    PyBuffer_Release(&table);
fail_data:
    PyBuffer_Release(&data);
    return NULL;
}

/* minima over the (mixed) hashes x of one text for BLOCK permutations: the BLOCK minima stay
 * in registers while the hashes stream by (the loop over j vectorises) */
#define BLOCK 32
#if defined(__GNUC__) && defined(__x86_64__) && !defined(__clang__)
__attribute__((target_clones("avx2", "default")))
#endif
static void min_block(const uint32_t *restrict x, Py_ssize_t count, const uint32_t *restrict a,
                      const uint32_t *restrict b, uint32_t *restrict out) {
    uint32_t lo[BLOCK];
    for (int j = 0; j < BLOCK; j++) lo[j] = 0xFFFFFFFFU;
    for (Py_ssize_t k = 0; k < count; k++) {
        uint32_t xk = x[k];
        for (int j = 0; j < BLOCK; j++) {
            uint32_t v = a[j] * xk + b[j];
            lo[j] = v < lo[j] ? v : lo[j];
        }
    }
    for (int j = 0; j < BLOCK; j++) out[j] = lo[j];
}

static PyObject *minhash(PyObject *self, PyObject *args) {
    PyObject *o_h, *o_off, *o_a, *o_b, *o_out;
    if (!PyArg_ParseTuple(args, "OOOOO", &o_h, &o_off, &o_a, &o_b, &o_out)) return NULL;
    Py_buffer h, off, a, b, out;
    if (get(o_h, &h, 4, 0, "hashes") < 0) return NULL;
    if (get(o_off, &off, 8, 0, "offsets") < 0) goto fail_h;
    if (get(o_a, &a, 4, 0, "a") < 0) goto fail_off;
    if (get(o_b, &b, 4, 0, "b") < 0) goto fail_a;
    if (get(o_out, &out, 4, 1, "out") < 0) goto fail_b;
    const int64_t *o = off.buf;
    Py_ssize_t n_texts = off.len / 8 - 1, num_perm = a.len / 4, n_h = h.len / 4;
    int bad = n_texts < 0 || b.len != a.len || out.len / 4 != n_texts * num_perm;
    for (Py_ssize_t i = 0; !bad && i < n_texts; i++)
        bad = o[i] < 0 || o[i] > o[i + 1] || o[i + 1] > n_h;
    if (bad) {
        PyErr_SetString(PyExc_ValueError, "shapes of hashes, offsets, a, b and out disagree");
        goto fail_out;
    }
    const uint32_t *hv = h.buf;
    uint32_t *ov = out.buf;
    /* a and b padded to whole blocks, the pre-mixed hashes, one block's minima */
    Py_ssize_t padded = (num_perm + BLOCK - 1) / BLOCK * BLOCK;
    uint32_t *ab = PyMem_Calloc(2 * padded + BLOCK, sizeof(uint32_t));
    uint32_t *mixed = PyMem_Malloc((n_h > 0 ? n_h : 1) * sizeof(uint32_t));
    if (ab == NULL || mixed == NULL) {
        PyMem_Free(ab);
        PyMem_Free(mixed);
        PyErr_NoMemory();
        goto fail_out;
    }
    memcpy(ab, a.buf, num_perm * sizeof(uint32_t));
    memcpy(ab + padded, b.buf, num_perm * sizeof(uint32_t));
    uint32_t *lo = ab + 2 * padded;
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t k = 0; k < n_h; k++) mixed[k] = fmix32(hv[k]);
    for (Py_ssize_t i = 0; i < n_texts; i++)
        for (Py_ssize_t p = 0; p < num_perm; p += BLOCK) {
            min_block(mixed + o[i], o[i + 1] - o[i], ab + p, ab + padded + p, lo);
            Py_ssize_t w = num_perm - p < BLOCK ? num_perm - p : BLOCK;
            memcpy(ov + i * num_perm + p, lo, w * sizeof(uint32_t));
        }
    Py_END_ALLOW_THREADS
    PyMem_Free(ab);
    PyMem_Free(mixed);
    PyBuffer_Release(&out);
    PyBuffer_Release(&b);
    PyBuffer_Release(&a);
    PyBuffer_Release(&off);
    PyBuffer_Release(&h);
    Py_RETURN_NONE;
fail_out:
    PyBuffer_Release(&out);
fail_b:
    PyBuffer_Release(&b);
fail_a:
    PyBuffer_Release(&a);
fail_off:
    PyBuffer_Release(&off);
fail_h:
    PyBuffer_Release(&h);
    return NULL;
}

/* ---- extract feature kernels (w-xfast) ---- */
static PyObject *line_words(PyObject *self, PyObject *args);
static PyObject *line_keys(PyObject *self, PyObject *args);
static PyObject *phrase_heads(PyObject *self, PyObject *args);
/* ---- light pipeline kernels (w-light) ---- */
static PyObject *class_hits(PyObject *self, PyObject *args);
static PyObject *xdrop(PyObject *self, PyObject *args);
static PyObject *char_events(PyObject *self, PyObject *args);
static PyObject *has_pair(PyObject *self, PyObject *args);
static PyObject *shared_rows(PyObject *self, PyObject *args);
static PyObject *fold_str(PyObject *self, PyObject *args);
static PyObject *sentence_marks(PyObject *self, PyObject *args);
static PyObject *repeat_in_parts(PyObject *self, PyObject *args);
/* ---- dedup tokenizer kernel (w-lspeed) ---- */
static PyObject *word_spans(PyObject *self, PyObject *args);
/* ---- normalize gate kernel (w-nspeed) ---- */
static PyObject *gate_scan(PyObject *self, PyObject *args);
/* ---- light step scan (w-lspeed2) ---- */
static PyObject *ui_table(PyObject *self, PyObject *args);
static PyObject *ui_scan(PyObject *self, PyObject *args);
/* ---- dedup-blocks window matching (w-lspeed3) ---- */
static PyObject *match_windows(PyObject *self, PyObject *args);
static PyObject *sentence_windows(PyObject *self, PyObject *args);
static PyObject *band_mix(PyObject *self, PyObject *args);
static PyObject *casefold_utf8(PyObject *self, PyObject *args);
static PyObject *casefold_str(PyObject *self, PyObject *args);
static PyObject *compare_words(PyObject *self, PyObject *args);
/* ---- script scan (w-xspeed4) ---- */
static PyObject *in_ranges(PyObject *self, PyObject *args);
/* ---- per-line rows out of the cyclic GC (w-xspeed6) ---- */
static PyObject *tuple_rows(PyObject *self, PyObject *args);

static PyMethodDef methods[] = {
    {"word_hashes", word_hashes, METH_VARARGS,
     "word_hashes(data, starts, n, hashes, offsets) -> count: word-shingle hashes."},
    {"word_xxh32", word_xxh32, METH_VARARGS,
     "word_xxh32(data, starts, n, hashes, offsets) -> count: word-shingle xxh32 hashes."},
    {"has_repeat", has_repeat, METH_VARARGS,
     "has_repeat(data, n) -> bool: whether some n consecutive words occur twice."},
    {"fold_words", fold_words, METH_VARARGS,
     "fold_words(data, table, out) -> (length or -1, marked): words by a code point table."},
    {"char_hashes", char_hashes, METH_VARARGS,
     "char_hashes(stream, bounds, n, hashes, offsets) -> count: character-shingle hashes."},
    {"minhash", minhash, METH_VARARGS,
     "minhash(hashes, offsets, a, b, out): affine32 MinHash minima per text."},
    /* ---- extract feature kernels (w-xfast) ---- */
    {"line_words", line_words, METH_VARARGS,
     "line_words(text, classes, slots, chars, bounds, masks, n_lists, out) -> bool: words "
     "and stopwords per line."},
    {"line_keys", line_keys, METH_VARARGS,
     "line_keys(text, classes) -> list of str or None: the normalised form of each line."},
    {"phrase_heads", phrase_heads, METH_VARARGS,
     "phrase_heads(text, classes, word, slots, chars, bounds, heads, pchars, pbounds, pmasks, "
     "out) -> bool: which phrase lists each line has a phrase of, at a word start."},
    /* ---- light pipeline kernels (w-light) ---- */
    {"class_hits", class_hits, METH_VARARGS,
     "class_hits(text, table) -> list: where a lead character and its follower match."},
    {"xdrop", xdrop, METH_VARARGS,
     "xdrop(xs, ys, match, mismatch, gap, drop, band) -> (i, j): best banded alignment."},
    {"char_events", char_events, METH_VARARGS,
     "char_events(text, char, lo, hi, kinds, where) -> kinds found, or their offsets."},
    {"has_pair", has_pair, METH_VARARGS,
     "has_pair(text, char, lo, hi) -> bool: whether char occurs twice in a row there."},
    {"shared_rows", shared_rows, METH_VARARGS,
     "shared_rows(keys, width, out): which rows hold a value found twice in keys."},
    {"fold_str", fold_str, METH_VARARGS,
     "fold_str(text, table) -> (bytes, marked) or None: fold_words of a str."},
    {"sentence_marks", sentence_marks, METH_VARARGS,
     "sentence_marks(text, table) -> (ends, blanks): where sentences end, blank lines start."},
    {"repeat_in_parts", repeat_in_parts, METH_VARARGS,
     "repeat_in_parts(data, n, part) -> bool: has_repeat, runs checked in parts by hash."},
    /* ---- dedup tokenizer kernel (w-lspeed) ---- */
    {"word_spans", word_spans, METH_VARARGS,
     "word_spans(text, table, starts, ends) -> count or -1: where fold_str's words are."},
    /* ---- normalize gate kernel (w-nspeed) ---- */
    {"gate_scan", gate_scan, METH_VARARGS,
     "gate_scan(text, table, pairs, triples, lo, hi, probe, wanted) -> (bits, events): the "
     "signals of the normalizers' gates and the probe's events, in one pass."},
    /* ---- light step scan (w-lspeed2) ---- */
    {"ui_table", ui_table, METH_VARARGS,
     "ui_table(exact, firsts, anchors, prefixes, first_values, prefix_values) -> bytes: "
     "hashed lists for ui_scan."},
    {"ui_scan", ui_scan, METH_VARARGS,
     "ui_scan(text, folded, fold, more, classes, max_line, table, needs, marks) -> (keyed, "
     "marked, lines) or None: the lines that may be UI text."},
    /* ---- dedup-blocks window matching (w-lspeed3) ---- */
    {"match_windows", match_windows, METH_VARARGS,
     "match_windows(words, firsts, ends, keys, shared, k, threshold, most) -> list of "
     "(unit, source): the windows that copy an earlier window."},
    {"sentence_windows", sentence_windows, METH_VARARGS,
     "sentence_windows(starts, ends, end_at, blank_at, min_len, max_len) -> list of "
     "(first, end): the sentence windows of the words."},
    {"band_mix", band_mix, METH_VARARGS,
     "band_mix(sigs, width, bands, rows, out): the LSH band keys of signatures."},
    {"casefold_utf8", casefold_utf8, METH_VARARGS,
     "casefold_utf8(data, fold, more) -> bytes or None: UTF-8 case-folded by a table."},
    {"casefold_str", casefold_str, METH_VARARGS,
     "casefold_str(text, fold, more) -> str or None: text.casefold() by a table."},
    {"compare_words", compare_words, METH_VARARGS,
     "compare_words(words, a, b, c, d, n, k) -> (common, union, longest): shingle sets and "
     "longest common run of two ranges of words."},
    /* ---- script scan (w-xspeed4) ---- */
    {"in_ranges", in_ranges, METH_VARARGS,
     "in_ranges(text, bounds) -> bool: whether a character of text is in one of the "
     "inclusive code point ranges bounds (int32: lo, hi, lo, hi... in order)."},
    /* ---- per-line rows out of the cyclic GC (w-xspeed6) ---- */
    {"tuple_rows", tuple_rows, METH_VARARGS,
     "tuple_rows(cls, columns) -> list: cls._make(values) for the values of each row of the "
     "columns, a row of atomic values left out of the cyclic GC."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "cleantext.minhash._kernels",
    "Optional compiled kernels of the MinHash core (see _kernels.c).", -1, methods,
};

PyMODINIT_FUNC PyInit__kernels(void) {
    POW[0] = 1;
    for (int k = 1; k < N_POW; k++) POW[k] = POW[k - 1] * P64;
    return PyModule_Create(&module);
}

/* ---- extract feature kernels (w-xfast) ---- */

/* line_words(text, classes, slots, chars, bounds, masks, n_lists, out) -> bool
 *     The words of each line of a str (lines split on "\n") and how many of them each
 *     stopword list has (``boilerplate.stopwords``; the Python code there computes the same).
 *     classes: uint8 by code point: bit 1, a word can start with the character; bit 2, a word
 *     goes on with it. A word is a character with bit 1 and the characters with bit 2 after
 *     it; looked up with U+2019 as "'" and without the characters of bit 32 (Arabic harakat,
 *     which the word lists leave out: "فِي" is "في"). The word lists: slots (int32, a power of two long, at
 *     least one -1) is an open-addressing table of word numbers by FNV-1a 32 of their code
 *     points, first probe hash & (len - 1), then the next slots in turn; word w is
 *     chars[bounds[w]:bounds[w + 1]] (uint32 code points, at most 64), in the lists of the
 *     bits of masks[w] (uint64, bits below n_lists: up to 64 lists). out: int32, (lines + 1) x (1 + n_lists),
 *     zeros: per line its words, then its words in each list; the last row the totals.
 *     False (out partly written) if a character of text is not below len(classes). The
 *     tables are checked where they are read (a call costs no pass over them).
 */
#define LW_START 1
#define LW_GOES_ON 2
#define LW_UNHASHED 32
#define LW_MAX 64

/* One more word in each list of the bits of mask: row[b] += 1 for every bit b set. */
static inline void lw_count(int32_t *row, uint64_t mask) {
#if defined(__GNUC__)
    for (; mask; mask &= mask - 1) row[__builtin_ctzll(mask)]++;
#else
    for (int b = 0; mask; b++, mask >>= 1) row[b] += mask & 1;
#endif
}

/* The number of the word word[0:n] (FNV-1a 32 hash h of its code points) in an
 * open-addressing table of line_words' layout (slots, chars, bounds: see above): -1 if it is
 * not there, -2 if a slot read names no word of chars (the table is malformed). Shared by
 * line_words and phrase_heads, which check their own per-word tables on what it returns. */
static inline Py_ssize_t lw_lookup(const int32_t *sl, Py_ssize_t n_slots, const int32_t *bd,
                                   Py_ssize_t n_words, const uint32_t *ch, Py_ssize_t n_chars,
                                   const uint32_t *word, Py_ssize_t n, uint32_t h) {
    Py_ssize_t k = h & (n_slots - 1);
    for (Py_ssize_t probe = 0; probe < n_slots; probe++, k = (k + 1) & (n_slots - 1)) {
        int32_t w = sl[k];
        if (w < 0) return -1;
        if (w >= n_words || bd[w] < 0 || bd[w] > bd[w + 1] || bd[w + 1] > n_chars) return -2;
        if (bd[w + 1] - bd[w] == n && memcmp(ch + bd[w], word, n * sizeof(uint32_t)) == 0)
            return w;
    }
    return -1;
}

/* The number of '\n' in the characters data[0:len] of a str of kind kind (one loop per
 * kind: no test of the kind per character). */
static Py_ssize_t count_newlines(int kind, const void *data, Py_ssize_t len) {
    Py_ssize_t n = 0;
    if (kind == PyUnicode_1BYTE_KIND) { /* (memchr: a few lines in many characters) */
        const Py_UCS1 *t = data, *end = t + len;
        while ((t = memchr(t, '\n', (size_t)(end - t))) != NULL) {
            n++;
            t++;
        }
    } else if (kind == PyUnicode_2BYTE_KIND) {
        const Py_UCS2 *t = data;
        for (Py_ssize_t i = 0; i < len; i++) n += t[i] == '\n';
    } else {
        const Py_UCS4 *t = data;
        for (Py_ssize_t i = 0; i < len; i++) n += t[i] == '\n';
    }
    return n;
}

/* line_words' pass over the characters of a str of kind T (see line_words). */
#define LW_PASS(T)                                                                       \
    {                                                                                    \
        const T *t = (const T *)data;                                                    \
        while (i < len) {                                                                \
            Py_UCS4 c = t[i];                                                            \
            if (c == '\n') {                                                             \
                row += width;                                                            \
                i++;                                                                     \
                continue;                                                                \
            }                                                                            \
            if ((Py_ssize_t)c >= top) {                                                  \
                ok = 0;                                                                  \
                break;                                                                   \
            }                                                                            \
            if (!(cl[c] & LW_START)) {                                                   \
                i++;                                                                     \
                continue;                                                                \
            }                                                                            \
            uint32_t h = 2166136261U;                                                    \
            Py_ssize_t n = 0;                                                            \
            for (;;) {                                                                   \
                if (c == 0x2019) c = '\'';                                               \
                if (!(cl[c] & LW_UNHASHED)) {                                            \
                    if (n < LW_MAX) word[n] = c;                                         \
                    n++;                                                                 \
                    h = (h ^ (uint32_t)c) * 16777619U;                                   \
                }                                                                        \
                if (++i >= len) break;                                                   \
                c = t[i];                                                                \
                if ((Py_ssize_t)c >= top) {                                              \
                    ok = 0;                                                              \
                    break;                                                               \
                }                                                                        \
                if (!(cl[c] & LW_GOES_ON)) break;                                        \
            }                                                                            \
            if (!ok) break;                                                              \
            row[0]++;                                                                    \
            if (n > LW_MAX) continue;                                                    \
            Py_ssize_t w = lw_lookup(sl, n_slots, bd, n_words, ch, n_chars, word, n, h); \
            if (w == -2 || (w >= 0 && (mk[w] & ~list_bits) != 0)) {                      \
                bad = 1;                                                                 \
                break;                                                                   \
            }                                                                            \
            if (w >= 0) lw_count(row + 1, mk[w]); /* the lists of the word's bits alone */ \
        }                                                                                \
    }

static PyObject *line_words(PyObject *self, PyObject *args) {
    PyObject *text, *o_cls, *o_slots, *o_chars, *o_bounds, *o_masks, *o_out;
    int n_lists;
    if (!PyArg_ParseTuple(args, "UOOOOOiO", &text, &o_cls, &o_slots, &o_chars, &o_bounds,
                          &o_masks, &n_lists, &o_out))
        return NULL;
    Py_buffer cls, slots, chars, bounds, masks, out;
    if (get(o_cls, &cls, 1, 0, "classes") < 0) return NULL;
    if (get(o_slots, &slots, 4, 0, "slots") < 0) goto fail_cls;
    if (get(o_chars, &chars, 4, 0, "chars") < 0) goto fail_slots;
    if (get(o_bounds, &bounds, 4, 0, "bounds") < 0) goto fail_chars;
    if (get(o_masks, &masks, 8, 0, "masks") < 0) goto fail_bounds;
    if (get(o_out, &out, 4, 1, "out") < 0) goto fail_masks;
    const uint8_t *cl = cls.buf;
    const int32_t *sl = slots.buf, *bd = bounds.buf;
    const uint32_t *ch = chars.buf;
    const uint64_t *mk = masks.buf;
    int32_t *o = out.buf;
    Py_ssize_t n_slots = slots.len / 4, n_words = masks.len / 8, n_chars = chars.len / 4;
    Py_ssize_t width = (Py_ssize_t)n_lists + 1, rows = out.len / 4 / (width > 0 ? width : 1);
    int bad = n_lists < 0 || n_lists > 64 || n_slots == 0 || (n_slots & (n_slots - 1)) != 0 ||
              bounds.len / 4 != n_words + 1 || out.len / 4 != rows * width;
    Py_ssize_t len = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t lines = bad ? 1 : 1 + count_newlines(kind, data, len);
    if (bad || lines + 1 != rows) {
        PyErr_SetString(PyExc_ValueError,
                        "line_words: shapes of slots, chars, bounds, masks and out disagree "
                        "(out must have a row for each line of text and one for the totals)");
        goto fail_out;
    }
    uint64_t list_bits = n_lists < 64 ? ((uint64_t)1 << n_lists) - 1 : ~(uint64_t)0;
    Py_ssize_t top = cls.len;
    int ok = 1;
    uint32_t word[LW_MAX];
    Py_BEGIN_ALLOW_THREADS
    int32_t *row = o;
    Py_ssize_t i = 0;
    switch (kind) {
    case PyUnicode_1BYTE_KIND:
        LW_PASS(Py_UCS1)
        break;
    case PyUnicode_2BYTE_KIND:
        LW_PASS(Py_UCS2)
        break;
    default:
        LW_PASS(Py_UCS4)
        break;
    }
    /* the totals */
    int32_t *total = o + (rows - 1) * width;
    for (int32_t *r = o; ok && !bad && r < total; r += width)
        for (Py_ssize_t b = 0; b < width; b++) total[b] += r[b];
    Py_END_ALLOW_THREADS
    if (bad) {
        PyErr_SetString(PyExc_ValueError,
                        "line_words: slots, chars, bounds and masks are no word table");
        goto fail_out;
    }
    PyBuffer_Release(&out);
    PyBuffer_Release(&masks);
    PyBuffer_Release(&bounds);
    PyBuffer_Release(&chars);
    PyBuffer_Release(&slots);
    PyBuffer_Release(&cls);
    return PyBool_FromLong(ok);
fail_out:
    PyBuffer_Release(&out);
fail_masks:
    PyBuffer_Release(&masks);
fail_bounds:
    PyBuffer_Release(&bounds);
fail_chars:
    PyBuffer_Release(&chars);
fail_slots:
    PyBuffer_Release(&slots);
fail_cls:
    PyBuffer_Release(&cls);
    return NULL;
}

/* line_keys(text, classes) -> list of str, or None
 *     The normalised form of each line of a case-folded str (``patterns.normalize_folded``,
 *     which computes the same in Python): the quotes U+2019 U+2018 ` U+00B4 become ', a
 *     character with bit 4 of classes (a decimal digit) becomes 0; one of . , U+00A0 U+202F
 *     and space between two such 0s goes; a character without bit 8 (not a letter, number,
 *     white space, (c) ' & or +) becomes a space; then the white space (str.isspace) of each
 *     line is collapsed to single spaces and stripped. None if a character of text is not
 *     below len(classes).
 */
#define LK_DIGIT 4
#define LK_KEPT 8

static inline Py_UCS4 lk_map(Py_UCS4 c, const uint8_t *cl) {
    if (c == 0x2019 || c == 0x2018 || c == '`' || c == 0xB4) return '\'';
    return cl[c] & LK_DIGIT ? '0' : c;
}

static inline int lk_sep(Py_UCS4 c) {
    return c == '.' || c == ',' || c == 0xA0 || c == 0x202F || c == ' ';
}

/* What the pass below does with a character below 256 other than '\n', told by one look-up
 * (lk_fast): LK_EMIT, its mapped character (lk_fast.map) is appended to the key; else it is
 * white space (or becomes a space); LK_SEP, it is a separator (lk_sep), looked at as any
 * other character only if the character before is no digit (else the full test). A zero
 * entry: the full test. Made from the classes' first 256 entries, kept with a copy of them
 * (a table, not a text's data: made again when other classes are given). */
#define LK_FAST 1
#define LK_EMIT 2
#define LK_SEP 4
static struct {
    int made;
    uint8_t cls[256];
    uint8_t act[256];
    uint8_t map[256];
} lk_fast;

static void lk_fast_make(const uint8_t *cl) {
    if (lk_fast.made && memcmp(lk_fast.cls, cl, 256) == 0) return;
    for (Py_UCS4 c = 0; c < 256; c++) {
        Py_UCS4 m = lk_map(c, cl); /* '\'', '0' or c: below 256 */
        int emit = (cl[m] & LK_KEPT) && !Py_UNICODE_ISSPACE(m);
        lk_fast.map[c] = (uint8_t)m;
        lk_fast.act[c] = c == '\n' ? 0 : LK_FAST | (emit ? LK_EMIT : 0) | (lk_sep(m) ? LK_SEP : 0);
    }
    memcpy(lk_fast.cls, cl, 256);
    lk_fast.made = 1;
}

/* line_keys' pass over the characters t[0:len] of a str of kind T, each key built in buf as
 * characters of kind T (a key's characters are the text's, ' ', '0' and '\'') and appended to
 * out; failed is set on an error. */
#define LK_PASS(T)                                                                       \
    {                                                                                    \
        const T *t = (const T *)data;                                                    \
        T *b = (T *)buf;                                                                 \
        Py_ssize_t n = 0; /* characters of the current line's key */                     \
        int space = 0;    /* white space is pending after the key's last character */    \
        Py_UCS4 prev = 0; /* the mapped character before (0 at a line start: no digit) */ \
        for (Py_ssize_t i = 0; i <= len; i++) {                                          \
            Py_UCS4 c = i < len ? t[i] : '\n';                                           \
            uint8_t a = c < 256 ? act[c] : 0;                                            \
            if (a && (!(a & LK_SEP) || prev != '0')) { /* the full test's result */      \
                prev = fmap[c];                                                          \
                if (a & LK_EMIT) {                                                       \
                    if (space) b[n++] = ' ';                                             \
                    space = 0;                                                           \
                    b[n++] = (T)prev;                                                    \
                } else                                                                   \
                    space = n > 0;                                                       \
                continue;                                                                \
            }                                                                            \
            if (c == '\n') {                                                             \
                PyObject *key = PyUnicode_FromKindAndData(kind, b, n);                   \
                if (key == NULL || PyList_Append(out, key) < 0) {                        \
                    Py_XDECREF(key);                                                     \
                    failed = 1;                                                          \
                    break;                                                               \
                }                                                                        \
                Py_DECREF(key);                                                          \
                n = 0;                                                                   \
                space = 0;                                                               \
                prev = '\n';                                                             \
                continue;                                                                \
            }                                                                            \
            Py_UCS4 m = lk_map(c, cl);                                                   \
            if (lk_sep(m) && prev == '0' && i + 1 < len && lk_map(t[i + 1], cl) == '0') { \
                prev = m;                                                                \
                continue;                                                                \
            }                                                                            \
            prev = m;                                                                    \
            if (!(cl[m] & LK_KEPT)) m = ' ';                                             \
            if (Py_UNICODE_ISSPACE(m)) {                                                 \
                space = n > 0;                                                           \
                continue;                                                                \
            }                                                                            \
            if (space) b[n++] = ' ';                                                     \
            space = 0;                                                                   \
            b[n++] = (T)m;                                                               \
        }                                                                                \
    }

static PyObject *line_keys(PyObject *self, PyObject *args) {
    PyObject *text, *o_cls;
    if (!PyArg_ParseTuple(args, "UO", &text, &o_cls)) return NULL;
    Py_buffer cls;
    if (get(o_cls, &cls, 1, 0, "classes") < 0) return NULL;
    const uint8_t *cl = cls.buf;
    Py_ssize_t top = cls.len, len = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    if ((Py_ssize_t)PyUnicode_MAX_CHAR_VALUE(text) >= top) /* else every character is below */
        for (Py_ssize_t i = 0; i < len; i++)
            if ((Py_ssize_t)PyUnicode_READ(kind, data, i) >= top) {
                PyBuffer_Release(&cls);
                Py_RETURN_NONE;
            }
    PyObject *out = PyList_New(0);
    void *buf = PyMem_Malloc((len > 0 ? len : 1) * (size_t)kind);
    if (out == NULL || buf == NULL) {
        Py_XDECREF(out);
        PyMem_Free(buf);
        PyBuffer_Release(&cls);
        return PyErr_NoMemory();
    }
    int failed = 0;
    static const uint8_t none[256]; /* (classes of fewer than 256: the full test alone) */
    const uint8_t *act = none, *fmap = none;
    if (top >= 256) {
        lk_fast_make(cl);
        act = lk_fast.act;
        fmap = lk_fast.map;
    }
    switch (kind) {
    case PyUnicode_1BYTE_KIND:
        LK_PASS(Py_UCS1)
        break;
    case PyUnicode_2BYTE_KIND:
        LK_PASS(Py_UCS2)
        break;
    default:
        LK_PASS(Py_UCS4)
        break;
    }
    if (failed) Py_CLEAR(out);
    PyMem_Free(buf);
    PyBuffer_Release(&cls);
    return out;
}

/* phrase_heads(text, classes, word, slots, chars, bounds, heads, pchars, pbounds, pmasks,
 *              out) -> bool
 *     Which lists of phrases each line of a str (lines split on "\n") has a phrase of,
 *     starting at the start of a word and followed by no word character (the Python code in
 *     ``boilerplate.phrases`` finds the same). A word is a run of characters with a bit of
 *     ``word`` in classes (uint8 by code point). The first words of the phrases are a word
 *     table as in line_words (slots, chars, bounds: word w is chars[bounds[w]:bounds[w + 1]],
 *     uint32, at most 64 code points); the phrases that start with word w are heads[w] to
 *     heads[w + 1] - 1, phrase k being pchars[pbounds[k]:pbounds[k + 1]] (uint32 code points,
 *     no "\n") with the lists of the bits of pmasks[k]. out: int32, one per line, zeros: the
 *     bits of the lists found in the line. False (out partly written) if a character of text
 *     is not below len(classes).
 */
/* phrase_heads' pass over the characters of a str of kind T (see phrase_heads). */
#define PH_PASS(T)                                                                       \
    {                                                                                    \
        const T *t = (const T *)data;                                                    \
        while (i < len && !bad) {                                                        \
            Py_UCS4 c = t[i];                                                            \
            if (c == '\n') {                                                             \
                line++;                                                                  \
                i++;                                                                     \
                continue;                                                                \
            }                                                                            \
            if ((Py_ssize_t)c >= top) {                                                  \
                ok = 0;                                                                  \
                break;                                                                   \
            }                                                                            \
            if (!(cl[c] & word_bits)) {                                                  \
                i++;                                                                     \
                continue;                                                                \
            }                                                                            \
            Py_ssize_t start = i, n = 0;                                                 \
            uint32_t h = 2166136261U;                                                    \
            for (;;) {                                                                   \
                if (n < LW_MAX) word[n] = c;                                             \
                n++;                                                                     \
                h = (h ^ (uint32_t)c) * 16777619U;                                       \
                if (++i >= len) break;                                                   \
                c = t[i];                                                                \
                if ((Py_ssize_t)c >= top) {                                              \
                    ok = 0;                                                              \
                    break;                                                               \
                }                                                                        \
                if (!(cl[c] & word_bits)) break;                                         \
            }                                                                            \
            if (!ok) break;                                                              \
            if (n > LW_MAX) continue;                                                    \
            Py_ssize_t w = lw_lookup(sl, n_slots, bd, n_words, ch, n_chars, word, n, h); \
            if (w == -2 ||                                                               \
                (w >= 0 && (hd[w] < 0 || hd[w] > hd[w + 1] || hd[w + 1] > n_phrases))) {  \
                bad = 1;                                                                 \
                break;                                                                   \
            }                                                                            \
            if (w >= 0) {                                                                \
                for (int32_t q = hd[w]; q < hd[w + 1]; q++) {                            \
                    if (pb[q] < 0 || pb[q] > pb[q + 1] || pb[q + 1] > n_pchars) {        \
                        bad = 1;                                                         \
                        break;                                                           \
                    }                                                                    \
                    Py_ssize_t plen = pb[q + 1] - pb[q];                                 \
                    if (start + plen > len) continue;                                    \
                    Py_ssize_t j = 0;                                                    \
                    while (j < plen && (Py_UCS4)pc[pb[q] + j] == t[start + j])           \
                        j++;                                                             \
                    if (j < plen) continue;                                              \
                    if (start + plen < len) {                                            \
                        Py_UCS4 after = t[start + plen];                                 \
                        if ((Py_ssize_t)after >= top) {                                  \
                            ok = 0;                                                      \
                            break;                                                       \
                        }                                                                \
                        if (cl[after] & word_bits) continue;                             \
                    }                                                                    \
                    o[line] |= pm[q];                                                    \
                }                                                                        \
            }                                                                            \
            if (!ok) break;                                                              \
        }                                                                                \
    }

static PyObject *phrase_heads(PyObject *self, PyObject *args) {
    PyObject *text, *o_cls, *o_slots, *o_chars, *o_bounds, *o_heads, *o_pchars, *o_pbounds;
    PyObject *o_pmasks, *o_out;
    int word_bits;
    if (!PyArg_ParseTuple(args, "UOiOOOOOOOO", &text, &o_cls, &word_bits, &o_slots, &o_chars,
                          &o_bounds, &o_heads, &o_pchars, &o_pbounds, &o_pmasks, &o_out))
        return NULL;
    PyObject *objs[9] = {o_cls, o_slots, o_chars, o_bounds, o_heads,
                         o_pchars, o_pbounds, o_pmasks, o_out};
    const Py_ssize_t sizes[9] = {1, 4, 4, 4, 4, 4, 4, 4, 4};
    const char *names[9] = {"classes", "slots", "chars", "bounds", "heads",
                            "pchars", "pbounds", "pmasks", "out"};
    Py_buffer v[9];
    int got = 0;
    for (; got < 9; got++)
        if (get(objs[got], &v[got], sizes[got], got == 8, names[got]) < 0) break;
    if (got < 9) {
        for (int j = 0; j < got; j++) PyBuffer_Release(&v[j]);
        return NULL;
    }
    const uint8_t *cl = v[0].buf;
    const int32_t *sl = v[1].buf, *bd = v[3].buf, *hd = v[4].buf, *pb = v[6].buf;
    const uint32_t *ch = v[2].buf, *pc = v[5].buf;
    const int32_t *pm = v[7].buf;
    int32_t *o = v[8].buf;
    Py_ssize_t n_slots = v[1].len / 4, n_chars = v[2].len / 4, n_words = v[3].len / 4 - 1;
    Py_ssize_t n_phrases = v[6].len / 4 - 1, n_pchars = v[5].len / 4, rows = v[8].len / 4;
    Py_ssize_t top = v[0].len, len = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    int bad = n_slots == 0 || (n_slots & (n_slots - 1)) != 0 || n_words < 0 || n_phrases < 0 ||
              v[4].len / 4 != n_words + 1 || v[7].len / 4 != n_phrases;
    Py_ssize_t lines = bad ? 1 : 1 + count_newlines(kind, data, len);
    if (bad || lines != rows) {
        PyErr_SetString(PyExc_ValueError,
                        "phrase_heads: shapes of the tables and out disagree (out must have "
                        "a row for each line of text)");
        for (int j = 0; j < 9; j++) PyBuffer_Release(&v[j]);
        return NULL;
    }
    int ok = 1;
    uint32_t word[LW_MAX];
    Py_BEGIN_ALLOW_THREADS
    Py_ssize_t line = 0, i = 0;
    switch (kind) {
    case PyUnicode_1BYTE_KIND:
        PH_PASS(Py_UCS1)
        break;
    case PyUnicode_2BYTE_KIND:
        PH_PASS(Py_UCS2)
        break;
    default:
        PH_PASS(Py_UCS4)
        break;
    }
    Py_END_ALLOW_THREADS
    for (int j = 0; j < 9; j++) PyBuffer_Release(&v[j]);
    if (bad) {
        PyErr_SetString(PyExc_ValueError, "phrase_heads: the tables are no phrase table");
        return NULL;
    }
    return PyBool_FromLong(ok);
}

/* ---- light pipeline kernels (w-light) ---- */
/* Kernels of the light pipeline (normalize and dedup-blocks); each has a pure-Python twin that
 * gives the same result (tests/test_kernels.py compares them on random input).
 *
 *   class_hits(text, table) -> list of int
 *       text: str; table: bytes of 65536 flags, one per BMP code point (a code point above
 *       U+FFFF has none). Offsets i, left to right, where text[i] has HIT_LEAD and either has
 *       HIT_ALONE (a match of one character; the scan goes on at i + 1) or text[i + 1] has
 *       HIT_NEXT (a match of two; the scan goes on at i + 2): the starts of
 *       re.finditer("[LEAD](?:(?<=[ALONE])|[NEXT])", text) when ALONE is inside LEAD.
 *   xdrop(xs, ys, match, mismatch, gap, drop, band) -> (i, j)
 *       xs, ys: sequences compared item by item with ==. The cell (i, j) of a banded
 *       (|i - j| <= band) global alignment of xs[:i] with ys[:j] from their starts: +match
 *       for equal items, -mismatch for others, -gap for a skipped item; rows end once the
 *       row's best falls more than drop below the best so far. Returns where the first best
 *       score (above 0) was met, or (0, 0): blocks.align._xdrop in C.
 *   char_events(text, char, lo, hi, kinds, where) -> int or list of int
 *       The events of normalizers._probe.KINDS at the character char of text[lo:hi], each
 *       looked for as the probe's regex does with pattern.search(text, lo, hi): what follows
 *       the character is seen up to hi only, what comes before it in the whole text. kinds:
 *       the EV_* bits wanted. Returns the bits of those found (where == 0), or the offsets
 *       where one of them occurs (where == 1).
 *   has_pair(text, char, lo, hi) -> bool
 *       Whether char twice in a row occurs in text[lo:hi] (text.find(char * 2, lo, hi) >= 0),
 *       looking at every other character (one of the two is at an odd distance from lo).
 *   shared_rows(keys, width, out)
 *       keys: uint64, rows of width values one after the other; out: uint8, one per row.
 *       out[r] = 1 if a value of row r occurs more than once in keys (in any rows), else 0.
 *   fold_str(text, table) -> (bytes, marked) or None
 *       fold_words of text.encode("utf-8", "surrogatepass"), read from the str's code points
 *       (no encoding, no UTF-8 decoding): the same bytes and marked, or None where fold_words
 *       gives -1 (a character beyond the table or with the value 0 or a value >= 32).
 *   sentence_marks(text, table) -> (ends, blanks)
 *       table: 65536 flags by BMP code point (SM_*; none above). ends: the starts of the
 *       matches of blocks.align._END, "(?<![.!?…])[.!?…]++[closers]*+(?=\s)|[。！？]" (SM_END:
 *       [.!?…], SM_CLOSE: the closers, SM_SPACE: \s, SM_STOP: [。！？]); blanks: those of
 *       _BLANK, "\n[inner]*\n" (SM_INNER: the inner class), as finditer finds them.
 *   repeat_in_parts(data, n, part) -> bool
 *       has_repeat(data, n), with the runs' hashes first sorted into parts of about part runs
 *       by their top bits (equal runs have equal hashes: they meet in one part), each part
 *       then checked with a table that stays in cache: linear in a long text as in a short
 *       one. The same answer as has_repeat (its "unsure" True aside, after too many
 *       different runs with one 64-bit hash, which never happens by chance).
 */

#define HIT_LEAD 1
#define HIT_ALONE 2
#define HIT_NEXT 4

#define CLASS_SCAN(T)                                                                    \
    {                                                                                    \
        const T *t = (const T *)data;                                                    \
        Py_ssize_t i = 0;                                                                \
        while (i < n) {                                                                  \
            Py_UCS4 c = t[i];                                                            \
            uint8_t f = c < 0x10000 ? table[c] : 0;                                      \
            if (!(f & HIT_LEAD)) {                                                       \
                i++;                                                                     \
                continue;                                                                \
            }                                                                            \
            Py_ssize_t step = 0;                                                         \
            if (f & HIT_ALONE)                                                           \
                step = 1;                                                                \
            else if (i + 1 < n && (Py_UCS4)t[i + 1] < 0x10000 && (table[t[i + 1]] & HIT_NEXT)) \
                step = 2;                                                                \
            if (step) {                                                                  \
                PyObject *at = PyLong_FromSsize_t(i);                                    \
                if (at == NULL || PyList_Append(out, at) < 0) {                          \
                    Py_XDECREF(at);                                                      \
                    goto fail;                                                           \
                }                                                                        \
                Py_DECREF(at);                                                           \
                i += step;                                                               \
            } else {                                                                     \
                i++;                                                                     \
            }                                                                            \
        }                                                                                \
    }

static PyObject *class_hits(PyObject *self, PyObject *args) {
    PyObject *text, *o_table;
    if (!PyArg_ParseTuple(args, "UO", &text, &o_table)) return NULL;
    Py_buffer tb;
    if (get(o_table, &tb, 1, 0, "table") < 0) return NULL;
    if (tb.len != 0x10000) {
        PyErr_SetString(PyExc_ValueError, "table: 65536 flags expected");
        PyBuffer_Release(&tb);
        return NULL;
    }
    if (PyUnicode_READY(text) < 0) {
        PyBuffer_Release(&tb);
        return NULL;
    }
    const uint8_t *table = tb.buf;
    PyObject *out = PyList_New(0);
    if (out == NULL) {
        PyBuffer_Release(&tb);
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    const void *data = PyUnicode_DATA(text);
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND:
        CLASS_SCAN(Py_UCS1)
        break;
    case PyUnicode_2BYTE_KIND:
        CLASS_SCAN(Py_UCS2)
        break;
    default:
        CLASS_SCAN(Py_UCS4)
        break;
    }
    PyBuffer_Release(&tb);
    return out;
fail:
    PyBuffer_Release(&tb);
    Py_DECREF(out);
    return NULL;
}

static PyObject *xdrop(PyObject *self, PyObject *args) {
    PyObject *o_xs, *o_ys;
    long long match, mismatch, gap, drop;
    Py_ssize_t band;
    if (!PyArg_ParseTuple(args, "OOLLLLn", &o_xs, &o_ys, &match, &mismatch, &gap, &drop, &band))
        return NULL;
    PyObject *xs = PySequence_Fast(o_xs, "xs must be a sequence");
    if (xs == NULL) return NULL;
    PyObject *ys = PySequence_Fast(o_ys, "ys must be a sequence");
    if (ys == NULL) {
        Py_DECREF(xs);
        return NULL;
    }
    Py_ssize_t nx = PySequence_Fast_GET_SIZE(xs), ny = PySequence_Fast_GET_SIZE(ys);
    PyObject **X = PySequence_Fast_ITEMS(xs), **Y = PySequence_Fast_ITEMS(ys);
    const long long low = -1000000000LL; /* as the Python code's -(10**9) */
    long long *prev = PyMem_Malloc((ny + 1) * sizeof(long long));
    long long *row = PyMem_Malloc((ny + 1) * sizeof(long long));
    PyObject *result = NULL;
    if (prev == NULL || row == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    long long best = 0;
    Py_ssize_t bi = 0, bj = 0;
    for (Py_ssize_t j = 0; j <= ny; j++) prev[j] = j <= band ? -gap * (long long)j : low;
    for (Py_ssize_t i = 1; i <= nx; i++) {
        PyObject *x = X[i - 1];
        for (Py_ssize_t j = 0; j <= ny; j++) row[j] = low;
        if (i <= band) row[0] = -gap * (long long)i;
        long long top = row[0];
        Py_ssize_t lo = i - band > 1 ? i - band : 1, hi = i + band < ny ? i + band : ny;
        for (Py_ssize_t j = lo; j <= hi; j++) {
            int eq = PyObject_RichCompareBool(x, Y[j - 1], Py_EQ);
            if (eq < 0) goto done;
            long long v = prev[j - 1] + (eq ? match : -mismatch);
            long long t = prev[j] - gap;
            if (t > v) v = t;
            t = row[j - 1] - gap;
            if (t > v) v = t;
            row[j] = v;
            if (v > top) {
                top = v;
                if (v > best) {
                    best = v;
                    bi = i;
                    bj = j;
                }
            }
        }
        if (top < best - drop) break;
        long long *swap = prev;
        prev = row;
        row = swap;
    }
    result = Py_BuildValue("(nn)", bi, bj);
done:
    PyMem_Free(prev);
    PyMem_Free(row);
    Py_DECREF(xs);
    Py_DECREF(ys);
    return result;
}

#define EV_DOUBLE 1
#define EV_SPACE_BEFORE 2
#define EV_UPPER_AFTER 4
#define EV_LOWER_AFTER 8
#define EV_TRAILING 16
#define EV_HYPHEN 32
#define EV_BLANK 64

/* [^\W\d_a-z] and [^\W\d_A-Z] of the re module (\w: alphanumeric or _, \d: decimal) */
static inline int letter_not(Py_UCS4 c, Py_UCS4 first) {
    if (c < 128)
        return (c >= 'A' && c <= 'Z' && first != 'A') || (c >= 'a' && c <= 'z' && first != 'a');
    return Py_UNICODE_ISALNUM(c) && !Py_UNICODE_ISDECIMAL(c);
}

/* the bits of kinds that hold at offset i (text[i] is the probed character), the text ending
 * at hi */
static int events_at(int kind, const void *d, Py_ssize_t i, Py_ssize_t hi, Py_UCS4 ch,
                     int wanted) {
#define AT(k) PyUnicode_READ(kind, d, (k))
    int found = 0;
    Py_UCS4 b1 = i >= 1 ? AT(i - 1) : 0, b2 = i >= 2 ? AT(i - 2) : 0;
    Py_UCS4 a1 = i + 1 < hi ? AT(i + 1) : 0;
    if (ch == '\n') {
        if ((wanted & EV_TRAILING) &&
            (b1 == ' ' || b1 == '\t' || (b1 == '\r' && (b2 == ' ' || b2 == '\t'))))
            found |= EV_TRAILING;
        if ((wanted & EV_HYPHEN) && (b1 == '-' || (b1 == '\r' && b2 == '-')))
            found |= EV_HYPHEN;
        if (wanted & EV_BLANK) { /* [ \t]*\r?\n[ \t]*\r?\n */
            Py_ssize_t k = i + 1;
            int ok = 1;
            for (int line = 0; line < 2 && ok; line++) {
                while (k < hi && (AT(k) == ' ' || AT(k) == '\t')) k++;
                if (k < hi && AT(k) == '\r') k++;
                ok = k < hi && AT(k) == '\n';
                k++;
            }
            if (ok) found |= EV_BLANK;
        }
        return found;
    }
    if ((wanted & EV_DOUBLE) && a1 == ch && i + 1 < hi) found |= EV_DOUBLE;
    if ((wanted & EV_SPACE_BEFORE) && b1 == ' ' && i >= 1) found |= EV_SPACE_BEFORE;
    if ((wanted & EV_UPPER_AFTER) && i + 1 < hi) { /* [¿¡]?[^\W\d_a-z] */
        if (letter_not(a1, 'a') ||
            ((a1 == 0xBF || a1 == 0xA1) && i + 2 < hi && letter_not(AT(i + 2), 'a')))
            found |= EV_UPPER_AFTER;
    }
    if ((wanted & EV_LOWER_AFTER) && a1 == ' ' && i + 1 < hi) { /*  +[^\W\d_A-Z] */
        Py_ssize_t k = i + 1;
        while (k < hi && AT(k) == ' ') k++;
        if (k < hi && letter_not(AT(k), 'A')) found |= EV_LOWER_AFTER;
    }
    return found;
#undef AT
}

/* the next offset in [i, hi) that holds ch, or hi */
static Py_ssize_t next_char(int kind, const void *d, Py_ssize_t i, Py_ssize_t hi, Py_UCS4 ch) {
    if (kind == PyUnicode_1BYTE_KIND) {
        if (ch > 0xFF) return hi;
        const Py_UCS1 *p = memchr((const Py_UCS1 *)d + i, (int)ch, hi - i);
        return p == NULL ? hi : p - (const Py_UCS1 *)d;
    }
    if (kind == PyUnicode_2BYTE_KIND) {
        const Py_UCS2 *t = d;
        while (i < hi && t[i] != ch) i++;
        return i;
    }
    const Py_UCS4 *t = d;
    while (i < hi && t[i] != ch) i++;
    return i;
}

static PyObject *char_events(PyObject *self, PyObject *args) {
    PyObject *text;
    int ch_i, wanted, where;
    Py_ssize_t lo, hi;
    if (!PyArg_ParseTuple(args, "UCnnip", &text, &ch_i, &lo, &hi, &wanted, &where)) return NULL;
    if (PyUnicode_READY(text) < 0) return NULL;
    Py_UCS4 ch = (Py_UCS4)ch_i;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (lo < 0) lo = 0;
    if (hi > n) hi = n;
    int kind = PyUnicode_KIND(text);
    const void *d = PyUnicode_DATA(text);
    PyObject *out = where ? PyList_New(0) : NULL;
    if (where && out == NULL) return NULL;
    int found = 0;
    for (Py_ssize_t at = next_char(kind, d, lo, hi, ch); at < hi;
         at = next_char(kind, d, at + 1, hi, ch)) {
        int here = events_at(kind, d, at, hi, ch, wanted & ~(where ? 0 : found));
        if (!here) continue;
        if (where) {
            PyObject *o = PyLong_FromSsize_t(at);
            if (o == NULL || PyList_Append(out, o) < 0) {
                Py_XDECREF(o);
                Py_DECREF(out);
                return NULL;
            }
            Py_DECREF(o);
        } else {
            found |= here;
            if (found == wanted) break;
        }
    }
    return where ? out : PyLong_FromLong(found);
}

#define PAIR_SCAN(T)                                                                     \
    {                                                                                    \
        const T *t = (const T *)d;                                                       \
        for (Py_ssize_t i = lo + 1; i < hi; i += 2) {                                    \
            if (t[i] == ch && (t[i - 1] == ch || (i + 1 < hi && t[i + 1] == ch))) {       \
                found = 1;                                                               \
                break;                                                                   \
            }                                                                            \
        }                                                                                \
    }

static PyObject *has_pair(PyObject *self, PyObject *args) {
    PyObject *text;
    int ch_i;
    Py_ssize_t lo, hi;
    if (!PyArg_ParseTuple(args, "UCnn", &text, &ch_i, &lo, &hi)) return NULL;
    if (PyUnicode_READY(text) < 0) return NULL;
    Py_UCS4 ch = (Py_UCS4)ch_i;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (lo < 0) lo = 0;
    if (hi > n) hi = n;
    const void *d = PyUnicode_DATA(text);
    int found = 0;
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND:
        PAIR_SCAN(Py_UCS1)
        break;
    case PyUnicode_2BYTE_KIND:
        PAIR_SCAN(Py_UCS2)
        break;
    default:
        PAIR_SCAN(Py_UCS4)
        break;
    }
    return PyBool_FromLong(found);
}

static PyObject *shared_rows(PyObject *self, PyObject *args) {
    PyObject *o_keys, *o_out;
    Py_ssize_t width;
    if (!PyArg_ParseTuple(args, "OnO", &o_keys, &width, &o_out)) return NULL;
    if (width < 1) {
        PyErr_SetString(PyExc_ValueError, "width must be >= 1");
        return NULL;
    }
    Py_buffer kb, ob;
    if (get(o_keys, &kb, 8, 0, "keys") < 0) return NULL;
    if (get(o_out, &ob, 1, 1, "out") < 0) {
        PyBuffer_Release(&kb);
        return NULL;
    }
    Py_ssize_t n = kb.len / 8, rows = ob.len;
    if (n != rows * width || n >= 0x7FFFFFFF) {
        PyErr_SetString(PyExc_ValueError, "keys and out disagree (rows * width values)");
        PyBuffer_Release(&kb);
        PyBuffer_Release(&ob);
        return NULL;
    }
    uint64_t size = 2;
    while (size < 2 * (uint64_t)n) size <<= 1;
    uint32_t *table = PyMem_Calloc(size, sizeof(uint32_t)); /* index + 1 of a first value */
    if (table == NULL) {
        PyBuffer_Release(&kb);
        PyBuffer_Release(&ob);
        return PyErr_NoMemory();
    }
    const uint64_t *k = kb.buf;
    uint8_t *out = ob.buf;
    Py_BEGIN_ALLOW_THREADS
    memset(out, 0, rows);
    for (Py_ssize_t i = 0; i < n; i++) {
        uint64_t slot = fmix64(k[i]) & (size - 1);
        while (table[slot] && k[table[slot] - 1] != k[i]) slot = (slot + 1) & (size - 1);
        if (table[slot]) {
            out[(table[slot] - 1) / width] = 1;
            out[i / width] = 1;
        } else {
            table[slot] = (uint32_t)(i + 1);
        }
    }
    Py_END_ALLOW_THREADS
    PyMem_Free(table);
    PyBuffer_Release(&kb);
    PyBuffer_Release(&ob);
    Py_RETURN_NONE;
}

#define FOLD_SCAN(T)                                                                     \
    {                                                                                    \
        const T *t = (const T *)data;                                                    \
        for (Py_ssize_t i = 0; i < n; i++) {                                             \
            uint32_t c = t[i];                                                           \
            if (c < 0x80) {                                                              \
                uint8_t b = c < (uint32_t)size ? tab[c] : 0;                             \
                if (b == 0) goto fail;                                                   \
                if (b != 32 && after) o[w++] = 32;                                       \
                o[w++] = b;                                                              \
                head_nospace = after = 0;                                                \
                continue;                                                                \
            }                                                                            \
            uint8_t f = c < (uint64_t)size ? tab[c] : 0;                                 \
            if (f == 0 || f >= 32) goto fail;                                            \
            int word = f & FOLD_WORD, nospace = (f & FOLD_NOSPACE) != 0;                 \
            int mark = (f & FOLD_MARK) != 0, tail = mark && !nospace;                    \
            if (!word) {                                                                 \
                o[w++] = 32;                                                             \
            } else {                                                                     \
                if ((nospace && !(mark && after)) || (!nospace && !mark && after))       \
                    o[w++] = 32;                                                         \
                marked |= (f & FOLD_MARKED) != 0;                                        \
                w += utf8_put(o + w, c);                                                 \
            }                                                                            \
            if (!tail) head_nospace = nospace;                                           \
            after = word && (nospace || (tail && head_nospace));                         \
        }                                                                                \
    }

/* the UTF-8 bytes of c (surrogates too, as "surrogatepass" writes them); their number */
static inline Py_ssize_t utf8_put(uint8_t *o, uint32_t c) {
    if (c < 0x80) {
        o[0] = (uint8_t)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (uint8_t)(0xC0 | (c >> 6));
        o[1] = (uint8_t)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (uint8_t)(0xE0 | (c >> 12));
        o[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (uint8_t)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (uint8_t)(0xF0 | (c >> 18));
    o[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
    o[3] = (uint8_t)(0x80 | (c & 0x3F));
    return 4;
}

static PyObject *fold_str(PyObject *self, PyObject *args) {
    PyObject *text, *o_table;
    if (!PyArg_ParseTuple(args, "UO", &text, &o_table)) return NULL;
    if (PyUnicode_READY(text) < 0) return NULL;
    Py_buffer table;
    if (get(o_table, &table, 1, 0, "table") < 0) return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), size = table.len, w = 0;
    const uint8_t *tab = table.buf;
    uint8_t *o = PyMem_Malloc(5 * n + 1); /* 4 bytes and a space per character at most */
    if (o == NULL) {
        PyBuffer_Release(&table);
        return PyErr_NoMemory();
    }
    const void *data = PyUnicode_DATA(text);
    int marked = 0, head_nospace = 0, after = 0;
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND:
        FOLD_SCAN(Py_UCS1)
        break;
    case PyUnicode_2BYTE_KIND:
        FOLD_SCAN(Py_UCS2)
        break;
    default:
        FOLD_SCAN(Py_UCS4)
        break;
    }
    PyBuffer_Release(&table);
    PyObject *folded = PyBytes_FromStringAndSize((const char *)o, w);
    PyMem_Free(o);
    if (folded == NULL) return NULL;
    PyObject *result = Py_BuildValue("NO", folded, marked ? Py_True : Py_False);
    return result;
fail:
    PyBuffer_Release(&table);
    PyMem_Free(o);
    Py_RETURN_NONE;
}

#define SM_END 1
#define SM_CLOSE 2
#define SM_SPACE 4
#define SM_STOP 8
#define SM_INNER 16

static int append_offset(PyObject *list, Py_ssize_t at) {
    PyObject *o = PyLong_FromSsize_t(at);
    if (o == NULL) return -1;
    int rc = PyList_Append(list, o);
    Py_DECREF(o);
    return rc;
}

static PyObject *sentence_marks(PyObject *self, PyObject *args) {
    PyObject *text, *o_table;
    if (!PyArg_ParseTuple(args, "UO", &text, &o_table)) return NULL;
    if (PyUnicode_READY(text) < 0) return NULL;
    Py_buffer tb;
    if (get(o_table, &tb, 1, 0, "table") < 0) return NULL;
    if (tb.len != 0x10000) {
        PyErr_SetString(PyExc_ValueError, "table: 65536 flags expected");
        PyBuffer_Release(&tb);
        return NULL;
    }
    const uint8_t *tab = tb.buf;
    int kind = PyUnicode_KIND(text);
    const void *d = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *ends = PyList_New(0), *blanks = PyList_New(0);
    if (ends == NULL || blanks == NULL) goto fail;
#define FL(k) (PyUnicode_READ(kind, d, (k)) < 0x10000 ? tab[PyUnicode_READ(kind, d, (k))] : 0)
    for (Py_ssize_t pos = 0; pos < n;) { /* _END */
        uint8_t f = FL(pos);
        if (!(f & (SM_END | SM_STOP))) {
            pos++;
            continue;
        }
        if ((f & SM_END) && (pos == 0 || !(FL(pos - 1) & SM_END))) {
            Py_ssize_t j = pos;
            while (j < n && (FL(j) & SM_END)) j++;
            while (j < n && (FL(j) & SM_CLOSE)) j++;
            if (j < n && (FL(j) & SM_SPACE)) {
                if (append_offset(ends, pos) < 0) goto fail;
                pos = j;
                continue;
            }
        }
        if (f & SM_STOP) {
            if (append_offset(ends, pos) < 0) goto fail;
        }
        pos++;
    }
    for (Py_ssize_t pos = 0; pos < n;) { /* _BLANK */
        if (PyUnicode_READ(kind, d, pos) != '\n') {
            pos++;
            continue;
        }
        Py_ssize_t j = pos + 1;
        while (j < n && (FL(j) & SM_INNER)) j++;
        if (j < n && PyUnicode_READ(kind, d, j) == '\n') {
            if (append_offset(blanks, pos) < 0) goto fail;
            pos = j + 1;
        } else {
            pos++;
        }
    }
#undef FL
    PyBuffer_Release(&tb);
    return Py_BuildValue("NN", ends, blanks);
fail:
    PyBuffer_Release(&tb);
    Py_XDECREF(ends);
    Py_XDECREF(blanks);
    return NULL;
}

/* a run of words in a part: its hash and where it starts (index + 1 in a table; 0: empty) */
typedef struct {
    uint64_t key;
    uint32_t w;
} run_at;

/* has_repeat's search over the runs of one part, runs[0:count] (ascending starts), with a
 * table of mask + 1 slots; budget: hash collisions of different runs left */
static int repeat_in_bucket(const uint8_t *joined, const Py_ssize_t *at, const run_at *runs,
                            Py_ssize_t count, Py_ssize_t n, run_at *table, uint64_t mask,
                            Py_ssize_t *budget) {
    memset(table, 0, (mask + 1) * sizeof(run_at));
    for (Py_ssize_t i = 0; i < count; i++) {
        Py_ssize_t w = runs[i].w;
        uint64_t key = runs[i].key, slot = key & mask;
        int seen = 0;
        while (!seen && table[slot].w) {
            Py_ssize_t v = table[slot].w - 1;
            if (table[slot].key == key) {
                if (same_run(joined, at, n, w, v)) {
                    if (w - v >= n) return 1;
                    seen = 1; /* overlaps its first occurrence, which stays in the table */
                } else if (--*budget < 0) {
                    return 1; /* unsure */
                }
            }
            slot = (slot + 1) & mask;
        }
        if (!seen) {
            table[slot].key = key;
            table[slot].w = (uint32_t)(w + 1);
        }
    }
    return 0;
}

/* 1: a repeat (or unsure), 0: none, -1: out of memory; runs without the GIL (the table, as
 * big as the biggest part needs, is allocated here with PyMem_RawMalloc) */
static int repeat_parted(const uint8_t *joined, const Py_ssize_t *at, const uint64_t *wh,
                         Py_ssize_t words, Py_ssize_t n, uint64_t *keys, run_at *order,
                         Py_ssize_t *starts, int bits) {
    Py_ssize_t runs = words - n + 1, budget = 1000 + runs / 16, nb = (Py_ssize_t)1 << bits;
    uint64_t top = 1, roll = 0; /* as has_repeat */
    for (Py_ssize_t j = 0; j < n; j++) {
        roll = roll * ROLL + wh[j];
        if (j > 0) top *= ROLL;
    }
    memset(starts, 0, (nb + 1) * sizeof(Py_ssize_t));
    for (Py_ssize_t w = 0; w < runs; w++) {
        if (w > 0) roll = (roll - wh[w - 1] * top) * ROLL + wh[w + n - 1];
        keys[w] = fmix64(roll);
        starts[(bits ? keys[w] >> (64 - bits) : 0) + 1]++;
    }
    Py_ssize_t biggest = 0;
    for (Py_ssize_t b = 0; b < nb; b++) {
        if (starts[b + 1] > biggest) biggest = starts[b + 1];
        starts[b + 1] += starts[b];
    }
    for (Py_ssize_t w = 0; w < runs; w++) { /* starts[b]: the next free place of part b */
        run_at *r = &order[starts[bits ? keys[w] >> (64 - bits) : 0]++];
        r->key = keys[w];
        r->w = (uint32_t)w;
    }
    uint64_t size = 1;
    while (size < 2 * (uint64_t)biggest) size <<= 1;
    run_at *table = PyMem_RawMalloc(size * sizeof(run_at));
    if (table == NULL) return -1;
    Py_ssize_t lo = 0;
    int found = 0;
    for (Py_ssize_t b = 0; b < nb && !found; b++) { /* part b is order[lo:starts[b]] now */
        found = repeat_in_bucket(joined, at, order + lo, starts[b] - lo, n, table, size - 1,
                                 &budget);
        lo = starts[b];
    }
    PyMem_RawFree(table);
    return found;
}

static PyObject *repeat_in_parts(PyObject *self, PyObject *args) {
    PyObject *o_data, *answer = NULL;
    Py_ssize_t n, part, words, runs;
    if (!PyArg_ParseTuple(args, "Onn", &o_data, &n, &part)) return NULL;
    if (n < 1 || part < 1) {
        PyErr_SetString(PyExc_ValueError, "n and part must be >= 1");
        return NULL;
    }
    Py_buffer data;
    int state = repeat_input(o_data, n, &data, &words, &runs, &answer);
    if (state != 0) return answer;
    const uint8_t *t = data.buf;
    Py_ssize_t len = data.len;
    int found;
    int bits = 0;
    while (bits < 20 && (runs >> bits) > part) bits++;
    uint8_t *joined = PyMem_Malloc(len + 1);
    Py_ssize_t *at = PyMem_Malloc((words + 1) * sizeof(Py_ssize_t));
    uint64_t *wh = PyMem_Malloc(words * sizeof(uint64_t));
    uint64_t *keys = PyMem_Malloc(runs * sizeof(uint64_t));
    run_at *order = PyMem_Malloc(runs * sizeof(run_at));
    Py_ssize_t *starts = PyMem_Malloc((((Py_ssize_t)1 << bits) + 1) * sizeof(Py_ssize_t));
    found = -1;
    if (joined && at && wh && keys && order && starts) {
        Py_BEGIN_ALLOW_THREADS
        index_words(t, len, joined, at, wh);
        found = repeat_parted(joined, at, wh, words, n, keys, order, starts, bits);
        Py_END_ALLOW_THREADS
    }
    PyMem_Free(joined);
    PyMem_Free(at);
    PyMem_Free(wh);
    PyMem_Free(keys);
    PyMem_Free(order);
    PyMem_Free(starts);
    PyBuffer_Release(&data);
    if (found < 0) return PyErr_NoMemory();
    return PyBool_FromLong(found);
}

/* ---- dedup tokenizer kernel (w-lspeed) ---- */
/* word_spans(text, table, starts, ends) -> int
 *     text: str; table: the table of fold_str; starts, ends: writable int64 (intp) arrays of
 *     len(text) items at least. The code point spans [starts[j], ends[j]) of the words that
 *     fold_str separates (fold_str's bytes split on spaces are these words, folded): a word
 *     is a run of word characters, cut where fold_str puts a space between two of them (a
 *     character of a script without spaces, a letter after one). Returns the number of
 *     words, or -1 where fold_str gives None (a character beyond the table, a bad value).
 *     Python twin: the numpy tokenizer blocks.align._scan_part (a test compares them). */

#define SPAN_SCAN(T)                                                                     \
    {                                                                                    \
        const T *t = (const T *)data;                                                    \
        for (Py_ssize_t i = 0; i < n; i++) {                                             \
            uint32_t c = t[i];                                                           \
            int word, cut;                                                               \
            if (c < 0x80) {                                                              \
                uint8_t b = c < (uint32_t)size ? tab[c] : 0;                             \
                if (b == 0) goto fail;                                                   \
                word = b != 32;                                                          \
                cut = word && after;                                                     \
                head_nospace = after = 0;                                                \
            } else {                                                                     \
                uint8_t f = c < (uint64_t)size ? tab[c] : 0;                             \
                if (f == 0 || f >= 32) goto fail;                                        \
                int nospace = (f & FOLD_NOSPACE) != 0, mark = (f & FOLD_MARK) != 0;      \
                int tail = mark && !nospace;                                             \
                word = f & FOLD_WORD;                                                    \
                cut = word && ((nospace && !(mark && after)) || (!nospace && !mark && after)); \
                if (!tail) head_nospace = nospace;                                       \
                after = word && (nospace || (tail && head_nospace));                     \
            }                                                                            \
            if (inside && (!word || cut)) ends_[count++] = i; /* a word ends here */     \
            if (word && (!inside || cut)) starts_[count] = i;                            \
            inside = word;                                                               \
        }                                                                                \
    }

static PyObject *word_spans(PyObject *self, PyObject *args) {
    PyObject *text, *o_table, *o_starts, *o_ends;
    if (!PyArg_ParseTuple(args, "UOOO", &text, &o_table, &o_starts, &o_ends)) return NULL;
    if (PyUnicode_READY(text) < 0) return NULL;
    Py_buffer table, starts, ends;
    if (get(o_table, &table, 1, 0, "table") < 0) return NULL;
    if (get(o_starts, &starts, 8, 1, "starts") < 0) goto fail_table;
    if (get(o_ends, &ends, 8, 1, "ends") < 0) goto fail_starts;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), size = table.len, count = 0;
    if (starts.len / 8 < n || ends.len / 8 < n) {
        PyErr_SetString(PyExc_ValueError, "starts and ends must hold len(text) items");
        goto fail_all;
    }
    const uint8_t *tab = table.buf;
    int64_t *starts_ = starts.buf, *ends_ = ends.buf;
    const void *data = PyUnicode_DATA(text);
    int head_nospace = 0, after = 0, inside = 0;
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND:
        SPAN_SCAN(Py_UCS1)
        break;
    case PyUnicode_2BYTE_KIND:
        SPAN_SCAN(Py_UCS2)
        break;
    default:
        SPAN_SCAN(Py_UCS4)
        break;
    }
    if (inside) ends_[count++] = n;
    PyBuffer_Release(&ends);
    PyBuffer_Release(&starts);
    PyBuffer_Release(&table);
    return PyLong_FromSsize_t(count);
fail:
    PyBuffer_Release(&ends);
    PyBuffer_Release(&starts);
    PyBuffer_Release(&table);
    return PyLong_FromLong(-1);
fail_all:
    PyBuffer_Release(&ends);
fail_starts:
    PyBuffer_Release(&starts);
fail_table:
    PyBuffer_Release(&table);
    return NULL;
}

/* ---- normalize gate kernel (w-nspeed) ----
 *   gate_scan(text, table, pairs, triples, lo, hi, probe, wanted) -> (bits, events)
 *       One pass over text[lo:hi] that answers every normalizer's pre-check at once
 *       (normalizers/_gate.py, whose Python twin gives the same answer).
 *       table: bytes of 65536 class numbers, one per BMP code point (only the low 6 bits are
 *       read: classes 0-63; a code point above U+FFFF is of class 0). Classes 61-63 are not
 *       characters: 61 "nothing" (before text[lo] when lo > 0), 62 the start of the text
 *       (before text[0]), 63 the end of the window (after text[hi - 1]).
 *       pairs: uint64, 64 * 64 values, pairs[64 * a + b] the signal bits of a character of
 *       class b right after one of class a (so a character's own signals are in every row
 *       of its column); bit 0 of a pair marks "a triple may start here", bit 1 "class b is
 *       a probe character" (neither is a signal). triples: uint64, 4 values per triple
 *       (at most 16): the classes of its first, second and third place as 64-bit masks,
 *       and its signal bits.
 *       bits: the OR of pairs[64 * class(text[i - 1]) + class(text[i])] for lo <= i < hi
 *       (class 62 before text[0], 61 before text[lo] when lo > 0), of
 *       pairs[64 * class(text[hi - 1]) + 63] when lo < hi, and of the bits of each triple
 *       whose places hold three such neighbours in a row (62 first or 63 last as in the
 *       pairs); bits 0 and 1 cleared.
 *       probe: str of up to 8 distinct ASCII characters, wanted: bytes, one per character,
 *       EV_* bits. events: bits 8 k to 8 k + 7 hold, for the k-th probe character (of a
 *       class with bit 1), what char_events(text, char, lo, hi, wanted, False) returns.
 */
#define GATE_NOTHING 61u
#define GATE_START 62u
#define GATE_END 63u
#define GATE_MARK 1ULL
#define GATE_PROBE 2ULL
#define GATE_TRIPLES 16

static inline uint64_t triple_bits(const uint64_t *tr, Py_ssize_t n_tr, unsigned a, unsigned b,
                                   unsigned c) {
    uint64_t bits = 0;
    for (Py_ssize_t k = 0; k < n_tr; k++) {
        const uint64_t *t = tr + 4 * k;
        if (((t[0] >> a) & 1) && ((t[1] >> b) & 1) && ((t[2] >> c) & 1)) bits |= t[3];
    }
    return bits;
}

#if defined(__GNUC__)
#define GATE_NOINLINE __attribute__((noinline))
#define GATE_RARELY(x) __builtin_expect(!!(x), 0)
#else
#define GATE_NOINLINE
#define GATE_RARELY(x) (x)
#endif

/* what the rare characters need: the text, the triples, the probe's characters and events */
typedef struct {
    int kind;
    const void *d;
    Py_ssize_t lo, hi;
    const uint8_t *table;
    const uint64_t *tr;
    Py_ssize_t n_tr;
    uint8_t pidx[128];
    int want[8], found[8];
} gate_ctx;

/* the class at offset j of the window (61 or 62 before it, 63 at its end) */
static unsigned gate_class_at(const gate_ctx *g, Py_ssize_t j) {
    if (j >= g->hi) return GATE_END;
    if (j < g->lo) return j == -1 && g->lo == 0 ? GATE_START : GATE_NOTHING;
    Py_UCS4 c = PyUnicode_READ(g->kind, g->d, j);
    return c < 0x10000 ? (g->table[c] & 63u) : 0u;
}

/* at offset i (i == hi: the end): a triple that may end there (last, the pair before it,
 * has GATE_MARK), or a probe character (v has GATE_PROBE). Out of the loop, so that the
 * loop keeps its few values in registers; the classes before i are read again here. */
static GATE_NOINLINE uint64_t gate_rare(gate_ctx *g, Py_ssize_t i, uint64_t last, uint64_t v) {
    uint64_t bits = 0;
    if (last & GATE_MARK) {
        /* text[i - 2] is before the window when i - 1 is its first offset: "nothing" */
        unsigned p2 = i - 1 <= g->lo ? GATE_NOTHING : gate_class_at(g, i - 2);
        if (i - 1 == g->lo && g->lo == 0) p2 = GATE_START;
        bits = triple_bits(g->tr, g->n_tr, p2, gate_class_at(g, i - 1), gate_class_at(g, i));
    }
    if (v & GATE_PROBE) {
        Py_UCS4 c = PyUnicode_READ(g->kind, g->d, i);
        if (c < 128 && g->pidx[c]) {
            int k = g->pidx[c] - 1;
            int left = g->want[k] & ~g->found[k];
            if (left) g->found[k] |= events_at(g->kind, g->d, i, g->hi, c, left);
        }
    }
    return bits;
}

/* the scan of one kind of str: a class, a pair and an OR per character (row: 64 times the
 * class before; GATE_MARK of the last pair, shifted onto GATE_PROBE, flags a triple's end) */
#define GATE_LOOP(NAME, T, CLASS)                                                         \
    static uint64_t NAME(const T *t, gate_ctx *g, const uint64_t *pairs) {                \
        const uint8_t *table = g->table;                                                  \
        uint64_t bits = 0, last = 0;                                                      \
        size_t row = 64 * (g->lo == 0 ? GATE_START : GATE_NOTHING);                       \
        for (Py_ssize_t i = g->lo; i < g->hi; i++) {                                      \
            unsigned cls = CLASS(t[i]);                                                   \
            uint64_t v = pairs[row + cls];                                                \
            if (GATE_RARELY(((last << 1) | v) & GATE_PROBE)) bits |= gate_rare(g, i, last, v); \
            bits |= v;                                                                    \
            last = v;                                                                     \
            row = (size_t)cls << 6;                                                       \
        }                                                                                 \
        if (last & GATE_MARK) bits |= gate_rare(g, g->hi, last, 0);                       \
        return bits | pairs[row + GATE_END];                                              \
    }

#define GATE_CLASS1(c) (table[(c)] & 63u)
#define GATE_CLASS4(c) ((c) < 0x10000 ? (table[(c)] & 63u) : 0u)
GATE_LOOP(gate_loop1, Py_UCS1, GATE_CLASS1)
GATE_LOOP(gate_loop2, Py_UCS2, GATE_CLASS1)
GATE_LOOP(gate_loop4, Py_UCS4, GATE_CLASS4)

static PyObject *gate_scan(PyObject *self, PyObject *args) {
    PyObject *text, *o_table, *o_pairs, *o_triples, *probe;
    Py_ssize_t lo, hi;
    const char *wanted;
    Py_ssize_t n_wanted;
    if (!PyArg_ParseTuple(args, "UOOOnnUy#", &text, &o_table, &o_pairs, &o_triples, &lo, &hi,
                          &probe, &wanted, &n_wanted))
        return NULL;
    if (PyUnicode_READY(text) < 0 || PyUnicode_READY(probe) < 0) return NULL;
    Py_ssize_t n_probe = PyUnicode_GET_LENGTH(probe);
    if (n_probe > 8 || n_wanted != n_probe) {
        PyErr_SetString(PyExc_ValueError, "probe: up to 8 characters, one wanted byte each");
        return NULL;
    }
    gate_ctx g;
    memset(&g, 0, sizeof g);
    for (Py_ssize_t k = 0; k < n_probe; k++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(probe, k);
        if (c >= 128 || g.pidx[c]) {
            PyErr_SetString(PyExc_ValueError, "probe: distinct ASCII characters expected");
            return NULL;
        }
        g.pidx[c] = (uint8_t)(k + 1);
        g.want[k] = (uint8_t)wanted[k];
    }
    Py_buffer tb, pb, rb;
    if (get(o_table, &tb, 1, 0, "table") < 0) return NULL;
    if (get(o_pairs, &pb, 8, 0, "pairs") < 0) goto fail_table;
    if (get(o_triples, &rb, 8, 0, "triples") < 0) goto fail_pairs;
    if (tb.len != 0x10000 || pb.len != 64 * 64 * 8 || rb.len % (4 * 8) != 0 ||
        rb.len > GATE_TRIPLES * 4 * 8) {
        PyErr_SetString(PyExc_ValueError,
                        "gate_scan: 65536 classes, 64 * 64 pair words and up to 16 triples of 4 "
                        "words expected");
        goto fail_all;
    }
    const uint64_t *pairs = pb.buf;
    g.table = tb.buf;
    g.tr = rb.buf;
    g.n_tr = rb.len / (4 * 8);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (lo < 0) lo = 0;
    if (hi > n) hi = n;
    uint64_t bits = 0;
    if (lo < hi) {
        g.kind = PyUnicode_KIND(text);
        g.d = PyUnicode_DATA(text);
        g.lo = lo;
        g.hi = hi;
        switch (g.kind) {
        case PyUnicode_1BYTE_KIND:
            bits = gate_loop1(g.d, &g, pairs);
            break;
        case PyUnicode_2BYTE_KIND:
            bits = gate_loop2(g.d, &g, pairs);
            break;
        default:
            bits = gate_loop4(g.d, &g, pairs);
            break;
        }
    }
    bits &= ~(GATE_MARK | GATE_PROBE);
    PyBuffer_Release(&rb);
    PyBuffer_Release(&pb);
    PyBuffer_Release(&tb);
    uint64_t events = 0;
    for (Py_ssize_t k = 0; k < n_probe; k++) events |= (uint64_t)(g.found[k] & 0xFF) << (8 * k);
    return Py_BuildValue("(KK)", (unsigned long long)bits, (unsigned long long)events);
fail_all:
    PyBuffer_Release(&rb);
fail_pairs:
    PyBuffer_Release(&pb);
fail_table:
    PyBuffer_Release(&tb);
    return NULL;
}

/* ---- light step scan (w-lspeed2) ----
 * The light boilerplate step asks of most texts only "can any line be UI text?". These two
 * kernels answer it in one pass over the text, without a Python object per line
 * (boilerplate.patterns.Patterns.match_lines; its Python twin is patterns.scan_plain, which
 * tests/test_kernels.py compares with this one).
 *
 *   ui_table(exact, firsts, anchors, prefixes, first_values, prefix_values) -> bytes
 *       Four lists of str in one open-addressing table of 64-bit hashes, so that ui_scan asks
 *       "is this string in that list?" with one probe. uint64 words: [0] the number of
 *       slots, a power of two at least twice the entries; [1] bit L set for each length L
 *       (0..63) of a prefix; [2] and [3] the lengths of the firsts and the anchors (bit
 *       min(L, 63)); [4..7] those of exact (bit min(L, 255)); then the slots, two words
 *       each: the hash (0: empty) and a value (for a first word or a prefix, its value in
 *       first_values or prefix_values: 0, it needs no string; k >= 1, one of the strings of
 *       needs[k] of ui_scan; 0 for the others). A string is hashed with FNV-1a 64 over its
 *       code points, then fmix64 with its list's tag. A prefix of 64 characters or more
 *       raises ValueError.
 *   ui_scan(text, folded, fold, more, classes, max_line, table, needs, marks)
 *       -> (keyed, marked, lines) or None
 *       text: str, its lines split on "\n". Only the lines of at most max_line characters
 *       are looked at; each is folded (folded: text.casefold(), whose lines are text's; or
 *       None: each short line folded here, an ASCII letter lowered, another code point c
 *       by fold[c], uint32: the code point it folds to, or with bit 31 set, the first of two
 *       or three, the others at more[2k] and more[2k + 1] (0: none), k in bits 21-30), then
 *       its key is made as line_keys makes it. The line is in keyed if the key is not empty
 *       and is in exact, or its first word (up to the first space) is in firsts, or starts
 *       with one of prefixes, and needs no string or holds one of the strings it needs, or
 *       one of its words (split on spaces) is in anchors, or it holds one of needs[0]. Else
 *       it is in marked if it has a character of marks (a str of at most 16). Each line is
 *       named as (index, the line's text). lines: the number of lines. None if a character
 *       of a short line is at or beyond len(fold) (folded None) or len(classes) (the caller
 *       folds the text or tries a larger table), or a folded line is more than three times
 *       as long as its line.
 */
#define UI_EXACT 1
#define UI_FIRST 2
#define UI_ANCHOR 3
#define UI_PREFIX 4
#define UI_HEAD 8 /* words before the slots */

/* the bit of length n in a mask of 64 bits (every length from 63 on shares the last) */
#define UI_BIT(n) ((uint64_t)1 << ((n) < 63 ? (n) : 63))

#define UI_FNV0 0xCBF29CE484222325ULL

/* the table's hash of a string from its FNV-1a state h */
static inline uint64_t ui_fin(uint64_t h, uint64_t tag) {
    h = fmix64(h + tag * 0x9E3779B97F4A7C15ULL);
    return h ? h : 1;
}

static inline uint64_t ui_hash(const Py_UCS4 *s, Py_ssize_t n, uint64_t tag) {
    uint64_t h = UI_FNV0;
    for (Py_ssize_t i = 0; i < n; i++) h = (h ^ (uint64_t)s[i]) * P64;
    return ui_fin(h, tag);
}

/* the value of hash h in table t plus one (0: not in it) */
static inline uint64_t ui_get(const uint64_t *t, uint64_t h) {
    uint64_t mask = t[0] - 1;
    const uint64_t *slots = t + UI_HEAD;
    for (uint64_t k = h & mask;; k = (k + 1) & mask) {
        if (slots[2 * k] == h) return slots[2 * k + 1] + 1;
        if (slots[2 * k] == 0) return 0;
    }
}

static PyObject *ui_table(PyObject *self, PyObject *args) {
    PyObject *lists[4], *values[4] = {NULL, NULL, NULL, NULL};
    if (!PyArg_ParseTuple(args, "O!O!O!O!O!O!", &PyList_Type, &lists[0], &PyList_Type,
                          &lists[1], &PyList_Type, &lists[2], &PyList_Type, &lists[3],
                          &PyList_Type, &values[1], &PyList_Type, &values[3]))
        return NULL;
    for (int l = 1; l < 4; l += 2)
        if (PyList_GET_SIZE(values[l]) != PyList_GET_SIZE(lists[l])) {
            PyErr_SetString(PyExc_ValueError, "ui_table: a value for each first word and prefix");
            return NULL;
        }
    Py_ssize_t count = 0, longest = 1;
    for (int l = 0; l < 4; l++) {
        count += PyList_GET_SIZE(lists[l]);
        for (Py_ssize_t j = 0; j < PyList_GET_SIZE(lists[l]); j++) {
            PyObject *s = PyList_GET_ITEM(lists[l], j);
            if (!PyUnicode_Check(s)) {
                PyErr_SetString(PyExc_TypeError, "ui_table: lists of str expected");
                return NULL;
            }
            if (PyUnicode_GET_LENGTH(s) > longest) longest = PyUnicode_GET_LENGTH(s);
        }
    }
    uint64_t slots = 8;
    while (slots < 2 * (uint64_t)count + 2) slots *= 2;
    PyObject *out = PyBytes_FromStringAndSize(NULL, (Py_ssize_t)((2 * slots + UI_HEAD) * 8));
    Py_UCS4 *buf = PyMem_Malloc(longest * sizeof(Py_UCS4));
    if (out == NULL || buf == NULL) {
        Py_XDECREF(out);
        PyMem_Free(buf);
        return PyErr_NoMemory();
    }
    uint64_t *t = (uint64_t *)PyBytes_AS_STRING(out);
    memset(t, 0, (2 * slots + UI_HEAD) * 8);
    t[0] = slots;
    for (int l = 0; l < 4; l++) {
        for (Py_ssize_t j = 0; j < PyList_GET_SIZE(lists[l]); j++) {
            PyObject *s = PyList_GET_ITEM(lists[l], j);
            Py_ssize_t n = PyUnicode_GET_LENGTH(s);
            if (l + 1 == UI_PREFIX) {
                if (n >= 64) {
                    PyMem_Free(buf);
                    Py_DECREF(out);
                    PyErr_SetString(PyExc_ValueError, "ui_table: a prefix of 64 characters or more");
                    return NULL;
                }
                t[1] |= (uint64_t)1 << n;
            } else if (l + 1 == UI_FIRST) {
                t[2] |= UI_BIT(n);
            } else if (l + 1 == UI_ANCHOR) {
                t[3] |= UI_BIT(n);
            } else {
                Py_ssize_t b = n < 255 ? n : 255;
                t[4 + b / 64] |= (uint64_t)1 << (b % 64);
            }
            if (PyUnicode_AsUCS4(s, buf, longest, 0) == NULL) {
                PyMem_Free(buf);
                Py_DECREF(out);
                return NULL;
            }
            uint64_t value = 0;
            if (values[l] != NULL) {
                value = PyLong_AsUnsignedLongLong(PyList_GET_ITEM(values[l], j));
                if (value == (uint64_t)-1 && PyErr_Occurred()) {
                    PyMem_Free(buf);
                    Py_DECREF(out);
                    return NULL;
                }
            }
            uint64_t h = ui_hash(buf, n, (uint64_t)(l + 1));
            uint64_t k = h & (slots - 1);
            while (t[UI_HEAD + 2 * k] != 0 && t[UI_HEAD + 2 * k] != h) k = (k + 1) & (slots - 1);
            t[UI_HEAD + 2 * k] = h;
            t[UI_HEAD + 1 + 2 * k] = value;
        }
    }
    PyMem_Free(buf);
    return out;
}

/* the bit of the pair of code points (a, b) in a 256-bit mask of the pairs of a key */
static inline unsigned ui_pair(Py_UCS4 a, Py_UCS4 b) {
    return (unsigned)(((uint64_t)a * 0x9E3779B1U + b) >> 3) & 255U;
}

/* is one of needles (a tuple of str) in key[0:n]? pairs: the mask of key's pairs of code
 * points one after the other; a needle of two or more whose first or last pair is not in
 * it is not looked for. -1 (TypeError set) if an item is not a str. */
static int ui_needles(const Py_UCS4 *key, Py_ssize_t n, PyObject *needles,
                      const uint64_t *pairs) {
    for (Py_ssize_t j = 0; j < PyTuple_GET_SIZE(needles); j++) {
        PyObject *s = PyTuple_GET_ITEM(needles, j);
        if (!PyUnicode_Check(s)) {
            PyErr_SetString(PyExc_TypeError, "ui_scan: needs must be tuples of str");
            return -1;
        }
        Py_ssize_t m = PyUnicode_GET_LENGTH(s);
        int kind = PyUnicode_KIND(s);
        const void *d = PyUnicode_DATA(s);
        if (m == 0) return 1;
        if (m > n) continue;
        Py_UCS4 first = PyUnicode_READ(kind, d, 0);
        if (m >= 2) {
            unsigned b1 = ui_pair(first, PyUnicode_READ(kind, d, 1));
            unsigned b2 = ui_pair(PyUnicode_READ(kind, d, m - 2), PyUnicode_READ(kind, d, m - 1));
            if (!((pairs[b1 >> 6] >> (b1 & 63)) & 1) || !((pairs[b2 >> 6] >> (b2 & 63)) & 1))
                continue;
        }
        for (Py_ssize_t p = 0; p + m <= n; p++) {
            if (key[p] != first) continue;
            Py_ssize_t q = 1;
            while (q < m && key[p + q] == PyUnicode_READ(kind, d, q)) q++;
            if (q == m) return 1;
        }
    }
    return 0;
}

/* where the next "\n" at or after i is in a str's data (its length if none) */
static inline Py_ssize_t ui_eol(int kind, const void *data, Py_ssize_t i, Py_ssize_t len) {
    if (kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *p = memchr((const Py_UCS1 *)data + i, '\n', (size_t)(len - i));
        return p ? p - (const Py_UCS1 *)data : len;
    }
    if (kind == PyUnicode_2BYTE_KIND) {
        const Py_UCS2 *t = data;
        /* four code units at a time: stop at the first group with a "\n" */
        while (i + 4 <= len) {
            uint64_t x;
            memcpy(&x, t + i, 8);
            x ^= 0x000A000A000A000AULL;
            if ((x - 0x0001000100010001ULL) & ~x & 0x8000800080008000ULL) break;
            i += 4;
        }
        while (i < len && t[i] != '\n') i++;
        return i;
    }
    const Py_UCS4 *t = data;
    while (i < len && t[i] != '\n') i++;
    return i;
}

/* data[lo:hi] as code points in out (the caller checked the room) */
static inline void ui_copy(int kind, const void *data, Py_ssize_t lo, Py_ssize_t hi,
                           Py_UCS4 *out) {
    Py_ssize_t n = hi - lo;
    if (kind == PyUnicode_1BYTE_KIND)
        for (Py_ssize_t k = 0; k < n; k++) out[k] = ((const Py_UCS1 *)data)[lo + k];
    else if (kind == PyUnicode_2BYTE_KIND)
        for (Py_ssize_t k = 0; k < n; k++) out[k] = ((const Py_UCS2 *)data)[lo + k];
    else
        memcpy(out, (const Py_UCS4 *)data + lo, (size_t)n * sizeof(Py_UCS4));
}

#define UI_MULTI 0x80000000U

static PyObject *ui_scan(PyObject *self, PyObject *args) {
    PyObject *text, *folded, *o_fold, *o_more, *o_cls, *o_table, *needs, *marks;
    Py_ssize_t max_line;
    if (!PyArg_ParseTuple(args, "UOOOOnOO!U", &text, &folded, &o_fold, &o_more, &o_cls,
                          &max_line, &o_table, &PyTuple_Type, &needs, &marks))
        return NULL;
    if (folded != Py_None && !PyUnicode_Check(folded)) {
        PyErr_SetString(PyExc_TypeError, "ui_scan: folded must be a str or None");
        return NULL;
    }
    int needs_ok = PyTuple_GET_SIZE(needs) > 0; /* their items: where they are read */
    for (Py_ssize_t j = 0; needs_ok && j < PyTuple_GET_SIZE(needs); j++)
        needs_ok = PyTuple_Check(PyTuple_GET_ITEM(needs, j));
    if (!needs_ok) {
        PyErr_SetString(PyExc_TypeError, "ui_scan: needs must be a non-empty tuple of tuples of str");
        return NULL;
    }
    Py_ssize_t n_needs = PyTuple_GET_SIZE(needs);
    if (max_line < 0) max_line = 0;
    Py_ssize_t n_marks = PyUnicode_GET_LENGTH(marks);
    if (n_marks > 16) {
        PyErr_SetString(PyExc_ValueError, "ui_scan: at most 16 marks");
        return NULL;
    }
    uint8_t amark[128] = {0};
    Py_UCS4 wide[16];
    int n_wide = 0;
    for (Py_ssize_t k = 0; k < n_marks; k++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(marks, k);
        if (c < 128)
            amark[c] = 1;
        else
            wide[n_wide++] = c;
    }
    Py_buffer fold, more, cls, tab;
    if (get(o_fold, &fold, 4, 0, "fold") < 0) return NULL;
    if (get(o_more, &more, 4, 0, "more") < 0) {
        PyBuffer_Release(&fold);
        return NULL;
    }
    if (get(o_cls, &cls, 1, 0, "classes") < 0) {
        PyBuffer_Release(&more);
        PyBuffer_Release(&fold);
        return NULL;
    }
    if (get(o_table, &tab, 1, 0, "table") < 0) {
        PyBuffer_Release(&cls);
        PyBuffer_Release(&more);
        PyBuffer_Release(&fold);
        return NULL;
    }
    const uint64_t *t = tab.buf;
    int table_ok = tab.len >= (UI_HEAD + 2) * 8 && tab.len % 8 == 0 && t[0] != 0 &&
                   (t[0] & (t[0] - 1)) == 0 && (uint64_t)tab.len == (2 * t[0] + UI_HEAD) * 8;
    if (!table_ok) {
        PyErr_SetString(PyExc_ValueError, "ui_scan: table is not a ui_table for these needs");
        PyBuffer_Release(&tab);
        PyBuffer_Release(&cls);
        PyBuffer_Release(&more);
        PyBuffer_Release(&fold);
        return NULL;
    }
    const uint8_t *cl = cls.buf;
    const uint32_t *fo = fold.buf, *mo = more.buf;
    Py_ssize_t top = cls.len, n_fold = fold.len / 4, n_more = more.len / 4;
    int rkind = PyUnicode_KIND(text);
    const void *rdata = PyUnicode_DATA(text);
    Py_ssize_t rlen = PyUnicode_GET_LENGTH(text);
    int own = folded == Py_None; /* fold the short lines here, with the table */
    int fkind = own ? rkind : PyUnicode_KIND(folded);
    const void *fdata = own ? rdata : PyUnicode_DATA(folded);
    Py_ssize_t flen = own ? rlen : PyUnicode_GET_LENGTH(folded);
    uint64_t plens = t[1], flens = t[2], alens = t[3];
    Py_ssize_t cap = 3 * max_line + 1;
    Py_UCS4 *line_ = PyMem_Malloc(cap * sizeof(Py_UCS4));
    Py_UCS4 *buf = PyMem_Malloc(cap * sizeof(Py_UCS4));
    PyObject *keyed = PyList_New(0), *marked = PyList_New(0);
    if (buf == NULL || line_ == NULL || keyed == NULL || marked == NULL) {
        PyErr_NoMemory();
        goto fail;
    }
    Py_ssize_t r = 0, f = 0, line = 0, fe = 0;
    for (;;) {
        Py_ssize_t re_ = ui_eol(rkind, rdata, r, rlen); /* the line: text[r:re_] */
        if (!own) fe = ui_eol(fkind, fdata, f, flen);   /* its folded line: folded[f:fe] */
        if (re_ - r <= max_line) {
            /* the folded line, as code points */
            Py_ssize_t len = 0;
            int has_mark = 0;
            if (own) {
                ui_copy(rkind, rdata, r, re_, buf);
                for (Py_ssize_t k = 0; k < re_ - r; k++) {
                    Py_UCS4 c = buf[k];
                    if (c < 128) {
                        has_mark |= amark[c];
                        line_[len++] = c >= 'A' && c <= 'Z' ? c + 32 : c;
                        continue;
                    }
                    for (int w = 0; w < n_wide; w++) has_mark |= c == wide[w];
                    if ((Py_ssize_t)c >= n_fold) goto unsure;
                    uint32_t v = fo[c];
                    if (v & UI_MULTI) { /* 2 or 3 code points: v's low 21 bits, then
                                           more[2k] and more[2k + 1] (0: none), k in bits
                                           21-30 */
                        Py_ssize_t at = 2 * (Py_ssize_t)((v >> 21) & 0x3FF);
                        line_[len++] = v & 0x1FFFFF;
                        for (Py_ssize_t e = at; e < at + 2 && e < n_more && mo[e] != 0; e++)
                            line_[len++] = mo[e];
                    } else {
                        line_[len++] = v;
                    }
                }
            } else {
                if (fe - f > cap - 1) goto unsure;
                ui_copy(rkind, rdata, r, re_, buf);
                for (Py_ssize_t k = 0; k < re_ - r && !has_mark; k++) {
                    Py_UCS4 c = buf[k];
                    if (c < 128)
                        has_mark = amark[c];
                    else
                        for (int w = 0; w < n_wide; w++) has_mark |= c == wide[w];
                }
                ui_copy(fkind, fdata, f, fe, line_);
                len = fe - f;
            }
            /* the key, as line_keys makes it, hashed as it is made: the whole key (exact),
               each word (anchors), the first word (firsts) and each start of it
               (prefixes); a first word or prefix that needs strings leaves its group of
               needs to be looked for in the whole key. A line found stops there. */
            Py_ssize_t n = 0, w0 = 0, w1 = -1; /* the word's start; the first one's length */
            uint64_t ha = UI_FNV0, hw = UI_FNV0, v;
            int space = 0, hit = 0, n_pend = 0;
            uint64_t pend[66], pairs[4] = {0, 0, 0, 0};
            Py_UCS4 prev = '\n';
#define UI_VALUE(h, tag)                                                   \
    v = ui_get(t, ui_fin(h, tag));                                         \
    if (v > (uint64_t)n_needs) goto bad_value;                             \
    if (v == 1) hit = 1;                                                   \
    else if (v > 1) pend[n_pend++] = v - 1;
#define UI_WORD_END()                                                      \
    {                                                                      \
        Py_ssize_t wl = n - w0;                                            \
        if ((alens & UI_BIT(wl)) && ui_get(t, ui_fin(hw, UI_ANCHOR))) hit = 1; \
        if (w1 < 0) {                                                      \
            w1 = wl;                                                       \
            if (!hit && (flens & UI_BIT(wl))) {                            \
                UI_VALUE(hw, UI_FIRST)                                     \
            }                                                              \
        }                                                                  \
    }
            for (Py_ssize_t i = 0; i < len && !hit; i++) {
                Py_UCS4 c = line_[i];
                if ((Py_ssize_t)c >= top) goto unsure;
                Py_UCS4 m = lk_map(c, cl);
                if (lk_sep(m) && prev == '0' && i + 1 < len) {
                    Py_UCS4 d = line_[i + 1];
                    if ((Py_ssize_t)d >= top) goto unsure;
                    if (lk_map(d, cl) == '0') {
                        prev = m;
                        continue;
                    }
                }
                prev = m;
                if (!(cl[m] & LK_KEPT)) m = ' ';
                /* a character that goes on a word (LW_GOES_ON) is no white space */
                if (m < 128 ? Py_UNICODE_ISSPACE(m) : !(cl[m] & LW_GOES_ON) && Py_UNICODE_ISSPACE(m)) {
                    space = n > 0;
                    continue;
                }
                if (space) {
                    UI_WORD_END()
                    buf[n++] = ' ';
                    ha = (ha ^ ' ') * P64;
                    hw = UI_FNV0;
                    w0 = n;
                }
                space = 0;
                buf[n++] = m;
                ha = (ha ^ (uint64_t)m) * P64;
                hw = (hw ^ (uint64_t)m) * P64;
                if (w1 < 0 && n < 64 && ((plens >> n) & 1)) {
                    UI_VALUE(hw, UI_PREFIX)
                }
            }
            if (n > 0 && !hit) {
                UI_WORD_END()
                Py_ssize_t b = n < 255 ? n : 255;
                if ((t[4 + b / 64] >> (b % 64)) & 1 && ui_get(t, ui_fin(ha, UI_EXACT))) hit = 1;
                if (!hit && (plens & 1)) {
                    UI_VALUE(UI_FNV0, UI_PREFIX)
                }
                if (!hit && (n_pend > 0 || PyTuple_GET_SIZE(PyTuple_GET_ITEM(needs, 0)) > 0))
                    for (Py_ssize_t k = 1; k < n; k++) {
                        unsigned pb = ui_pair(buf[k - 1], buf[k]);
                        pairs[pb >> 6] |= (uint64_t)1 << (pb & 63);
                    }
                for (int k = 0; !hit && k < n_pend; k++)
                    hit = ui_needles(buf, n, PyTuple_GET_ITEM(needs, pend[k]), pairs);
                if (!hit) hit = ui_needles(buf, n, PyTuple_GET_ITEM(needs, 0), pairs);
                if (hit < 0) goto fail;
            }
#undef UI_WORD_END
#undef UI_VALUE
            if (hit || has_mark) {
                PyObject *item = Py_BuildValue("(nN)", line, PyUnicode_Substring(text, r, re_));
                if (item == NULL || PyList_Append(hit ? keyed : marked, item) < 0) {
                    Py_XDECREF(item);
                    goto fail;
                }
                Py_DECREF(item);
            }
        }
        line++;
        if (re_ >= rlen) break;
        if (!own && fe >= flen) goto unsure; /* folded has fewer lines: not text.casefold() */
        r = re_ + 1;
        f = fe + 1;
    }
    if (!own && fe != flen) goto unsure; /* folded has more lines */
    PyMem_Free(buf);
    PyMem_Free(line_);
    PyBuffer_Release(&tab);
    PyBuffer_Release(&cls);
    PyBuffer_Release(&more);
    PyBuffer_Release(&fold);
    return Py_BuildValue("(NNn)", keyed, marked, line);
bad_value:
    PyErr_SetString(PyExc_ValueError, "ui_scan: a value of table names no group of needs");
    goto fail;
unsure:
    PyMem_Free(buf);
    PyMem_Free(line_);
    Py_DECREF(keyed);
    Py_DECREF(marked);
    PyBuffer_Release(&tab);
    PyBuffer_Release(&cls);
    PyBuffer_Release(&more);
    PyBuffer_Release(&fold);
    Py_RETURN_NONE;
fail:
    PyMem_Free(buf);
    PyMem_Free(line_);
    Py_XDECREF(keyed);
    Py_XDECREF(marked);
    PyBuffer_Release(&tab);
    PyBuffer_Release(&cls);
    PyBuffer_Release(&more);
    PyBuffer_Release(&fold);
    return NULL;
}

/* ---- dedup-blocks window matching (w-lspeed3) ---- */

/* match_windows(words, firsts, ends, keys, shared, k, threshold, most) -> list of (unit, source)
 *     The loop of ``blocks.repeated._find_matches`` (its Python code is the twin; a test
 *     compares them), for words that hold no space: window u is words[firsts[u]:ends[u]]
 *     (int64), keys its LSH band keys (uint64, rows of equal width), shared (uint8) whether a
 *     key of the row occurs in another row (only those windows are looked at). Words are
 *     compared as Python compares str (same kind, same code units), so a word gets the
 *     number of its first occurrence, a shingle (k words) the position of its first
 *     occurrence, and a window's shingle set is the sorted distinct shingle numbers: exact
 *     Jaccard similarities, as sets of word tuples give. A window whose words equal an
 *     unmatched earlier window's matches it; else the indexed windows filed under one of its
 *     band keys are candidates (of more than ``most``, the ``most`` latest and the two after
 *     the previous match's source), the ones with Jaccard >= threshold are verified, one that
 *     follows the previous match's source by one or two windows is preferred (the nearest),
 *     else the most similar (the earliest of equals). An unmatched window with at least k
 *     words is remembered for exact look-ups and, with fewer than ``most`` candidates,
 *     indexed (filed under its keys). */
static inline uint64_t mw_mix(uint64_t h, uint64_t v) {
    return (h ^ v) * 0x100000001B3ULL + 0x9E3779B97F4A7C15ULL;
}

static uint64_t mw_str_hash(PyObject *s) {
    const uint8_t *p = PyUnicode_DATA(s);
    Py_ssize_t len = PyUnicode_GET_LENGTH(s) * PyUnicode_KIND(s);
    uint64_t h = 0xCBF29CE484222325ULL;
    for (Py_ssize_t i = 0; i < len; i++) h = (h ^ p[i]) * 0x100000001B3ULL;
    return fmix64(h ^ (uint64_t)len);
}

static int mw_str_eq(PyObject *a, PyObject *b) {
    Py_ssize_t len = PyUnicode_GET_LENGTH(a);
    int kind = PyUnicode_KIND(a);
    return len == PyUnicode_GET_LENGTH(b) && kind == PyUnicode_KIND(b) &&
           memcmp(PyUnicode_DATA(a), PyUnicode_DATA(b), (size_t)(len * kind)) == 0;
}

static uint64_t mw_ids_hash(const int32_t *ids, Py_ssize_t n) {
    uint64_t h = (uint64_t)n;
    for (Py_ssize_t i = 0; i < n; i++) h = mw_mix(h, (uint64_t)(uint32_t)ids[i]);
    return fmix64(h);
}

static uint64_t mw_size(Py_ssize_t n) {
    uint64_t size = 2;
    while (size < 2 * (uint64_t)n) size <<= 1;
    return size;
}

static int mw_cmp_int32(const void *a, const void *b) {
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return (x > y) - (x < y);
}

static int mw_cmp_desc(const void *a, const void *b) { return mw_cmp_int32(b, a); }

/* the number of values two sorted arrays of distinct values share */
static Py_ssize_t mw_common(const int32_t *x, Py_ssize_t nx, const int32_t *y, Py_ssize_t ny) {
    Py_ssize_t i = 0, j = 0, c = 0;
    while (i < nx && j < ny) {
        if (x[i] < y[j]) i++;
        else if (x[i] > y[j]) j++;
        else c++, i++, j++;
    }
    return c;
}

/* the sorted distinct values of v[0:n] in place; their number */
static Py_ssize_t mw_distinct(int32_t *v, Py_ssize_t n) {
    if (n < 2) return n;
    if (n > 48) {
        qsort(v, (size_t)n, sizeof(int32_t), mw_cmp_int32);
    } else { /* a sentence window's few shingles: insertion sort */
        for (Py_ssize_t i = 1; i < n; i++) {
            int32_t x = v[i];
            Py_ssize_t j = i;
            for (; j > 0 && v[j - 1] > x; j--) v[j] = v[j - 1];
            v[j] = x;
        }
    }
    Py_ssize_t m = 1;
    for (Py_ssize_t i = 1; i < n; i++)
        if (v[i] != v[m - 1]) v[m++] = v[i];
    return m;
}

typedef struct {
    Py_ssize_t n, n_win, width, k, most;
    double threshold;
    const int64_t *firsts, *ends;
    const uint64_t *keys;
    const uint8_t *shared;
    int32_t *ids, *sids;           /* word numbers; shingle numbers by first position */
    uint64_t exact_size, band_size;
    int32_t *exact;                /* windows remembered for exact look-ups (index + 1) */
    uint64_t *band_key;            /* band table: key, and head entry + 1 (0: empty slot) */
    int32_t *band_head, *ent_win, *ent_next;
    Py_ssize_t n_ent;
    int32_t *set_at, *set_len, *pool; /* an indexed window's shingle set in pool */
    Py_ssize_t pool_used;
    int32_t *stamp, *cands, *scratch;
} mw_state;

/* word numbers (the index of each word's first occurrence); -1 on a non-str item */
static int mw_word_ids(mw_state *s, PyObject *words) {
    uint64_t size = mw_size(s->n);
    int32_t *table = PyMem_Calloc(size, sizeof(int32_t));
    if (table == NULL) return -2;
    for (Py_ssize_t i = 0; i < s->n; i++) {
        PyObject *w = PyList_GET_ITEM(words, i);
        if (!PyUnicode_Check(w)) {
            PyMem_Free(table);
            return -1;
        }
        uint64_t slot = mw_str_hash(w) & (size - 1);
        while (table[slot] && !mw_str_eq(PyList_GET_ITEM(words, table[slot] - 1), w))
            slot = (slot + 1) & (size - 1);
        if (!table[slot]) table[slot] = (int32_t)(i + 1);
        s->ids[i] = table[slot] - 1;
    }
    PyMem_Free(table);
    return 0;
}

/* shingle numbers: for each position i (i + k <= n), the first position of ids[i:i+k] */
static int mw_shingle_ids(mw_state *s) {
    Py_ssize_t count = s->n - s->k + 1;
    if (count <= 0) return 0;
    uint64_t size = mw_size(count);
    int32_t *table = PyMem_Calloc(size, sizeof(int32_t));
    if (table == NULL) return -2;
    size_t bytes = (size_t)s->k * sizeof(int32_t);
    for (Py_ssize_t i = 0; i < count; i++) {
        uint64_t slot = mw_ids_hash(s->ids + i, s->k) & (size - 1);
        while (table[slot] && memcmp(s->ids + table[slot] - 1, s->ids + i, bytes) != 0)
            slot = (slot + 1) & (size - 1);
        if (!table[slot]) table[slot] = (int32_t)(i + 1);
        s->sids[i] = table[slot] - 1;
    }
    PyMem_Free(table);
    return 0;
}

/* the slot of band key ``key`` (empty if not filed) */
static uint64_t mw_band_slot(const mw_state *s, uint64_t key) {
    uint64_t slot = fmix64(key) & (s->band_size - 1);
    while (s->band_head[slot] && s->band_key[slot] != key) slot = (slot + 1) & (s->band_size - 1);
    return slot;
}

/* the window remembered with the words of window u, or its empty slot as -(slot + 1) */
static int64_t mw_exact_find(const mw_state *s, Py_ssize_t u, uint64_t h) {
    int64_t a = s->firsts[u], len = s->ends[u] - a;
    uint64_t slot = h & (s->exact_size - 1);
    while (s->exact[slot]) {
        Py_ssize_t v = s->exact[slot] - 1;
        int64_t c = s->firsts[v];
        if (s->ends[v] - c == len &&
            memcmp(s->ids + c, s->ids + a, (size_t)len * sizeof(int32_t)) == 0)
            return v;
        slot = (slot + 1) & (s->exact_size - 1);
    }
    return -(int64_t)slot - 1;
}

/* the indexed windows filed under window u's keys, each once, into s->cands; their number */
static Py_ssize_t mw_candidates(mw_state *s, Py_ssize_t u) {
    Py_ssize_t m = 0;
    const uint64_t *row = s->keys + u * s->width;
    for (Py_ssize_t b = 0; b < s->width; b++) {
        uint64_t slot = mw_band_slot(s, row[b]);
        for (int32_t e = s->band_head[slot]; e; e = s->ent_next[e - 1]) {
            int32_t v = s->ent_win[e - 1];
            if (s->stamp[v] != (int32_t)(u + 1)) {
                s->stamp[v] = (int32_t)(u + 1);
                s->cands[m++] = v;
            }
        }
    }
    return m;
}

/* the verified candidate of window u (shingle set x[0:nx]) or -1; prev: the previous
 * match's source or -1 */
static int32_t mw_best(mw_state *s, Py_ssize_t m, const int32_t *x, Py_ssize_t nx,
                       int32_t prev) {
    int32_t *list = s->cands;
    if (m > s->most) { /* the two after prev's source if indexed, then the latest ``most`` */
        qsort(s->cands, (size_t)m, sizeof(int32_t), mw_cmp_desc);
        Py_ssize_t t = 0;
        for (int32_t j = prev + 1; prev >= 0 && j <= prev + 2; j++)
            if (j < s->n_win && s->set_len[j] > 0) s->scratch[t++] = j;
        memcpy(s->scratch + t, s->cands, (size_t)s->most * sizeof(int32_t));
        list = s->scratch;
        m = t + s->most;
    }
    int32_t follows = -1, best = -1;
    double best_s = -1.0;
    for (Py_ssize_t i = 0; i < m; i++) {
        int32_t j = list[i];
        Py_ssize_t ny = s->set_len[j];
        Py_ssize_t common = mw_common(x, nx, s->pool + s->set_at[j], ny);
        double sim = (double)common / (double)(nx + ny - common);
        if (!(sim >= s->threshold)) continue;
        if (prev >= 0 && j - prev > 0 && j - prev <= 2 && (follows < 0 || j < follows))
            follows = j;
        if (sim > best_s || (sim == best_s && j < best)) best_s = sim, best = j;
    }
    return follows >= 0 ? follows : best;
}

/* file window u (shingle set x[0:nx]) under its keys */
static void mw_index(mw_state *s, Py_ssize_t u, const int32_t *x, Py_ssize_t nx) {
    memcpy(s->pool + s->pool_used, x, (size_t)nx * sizeof(int32_t));
    s->set_at[u] = (int32_t)s->pool_used;
    s->set_len[u] = (int32_t)nx;
    s->pool_used += nx;
    const uint64_t *row = s->keys + u * s->width;
    for (Py_ssize_t b = 0; b < s->width; b++) {
        uint64_t slot = mw_band_slot(s, row[b]);
        s->band_key[slot] = row[b];
        s->ent_win[s->n_ent] = (int32_t)u;
        s->ent_next[s->n_ent] = s->band_head[slot];
        s->band_head[slot] = (int32_t)(++s->n_ent);
    }
}

/* the matching loop; appends (unit, source) pairs to out; -1 on an error */
static int mw_loop(mw_state *s, PyObject *out) {
    int32_t prev = -1;
    for (Py_ssize_t u = 0; u < s->n_win; u++) {
        if (!s->shared[u]) continue;
        int64_t a = s->firsts[u], b = s->ends[u];
        uint64_t h = mw_ids_hash(s->ids + a, b - a);
        int64_t found = mw_exact_find(s, u, h);
        int32_t best = -1;
        if (found >= 0) {
            best = (int32_t)found;
        } else {
            if (b - a < s->k) continue;
            Py_ssize_t nx = b - a - s->k + 1;
            int32_t *x = s->sids + s->n; /* scratch after the shingle numbers */
            memcpy(x, s->sids + a, (size_t)nx * sizeof(int32_t));
            nx = mw_distinct(x, nx);
            Py_ssize_t m = mw_candidates(s, u);
            best = mw_best(s, m, x, nx, prev);
            if (best < 0) {
                s->exact[-found - 1] = (int32_t)(u + 1);
                if (m < s->most) mw_index(s, u, x, nx);
                continue;
            }
        }
        prev = best;
        PyObject *pair = Py_BuildValue("(nn)", u, (Py_ssize_t)best);
        if (pair == NULL || PyList_Append(out, pair) < 0) {
            Py_XDECREF(pair);
            return -1;
        }
        Py_DECREF(pair);
    }
    return 0;
}

static PyObject *match_windows(PyObject *self, PyObject *args) {
    PyObject *words, *o_firsts, *o_ends, *o_keys, *o_shared;
    Py_ssize_t k, most;
    double threshold;
    PyObject *out = NULL;
    mw_state s;
    memset(&s, 0, sizeof s);
    if (!PyArg_ParseTuple(args, "O!OOOOndn", &PyList_Type, &words, &o_firsts, &o_ends, &o_keys,
                          &o_shared, &k, &threshold, &most))
        return NULL;
    Py_buffer fb, eb, kb, sb;
    if (get(o_firsts, &fb, 8, 0, "firsts") < 0) return NULL;
    if (get(o_ends, &eb, 8, 0, "ends") < 0) goto fail_f;
    if (get(o_keys, &kb, 8, 0, "keys") < 0) goto fail_e;
    if (get(o_shared, &sb, 1, 0, "shared") < 0) goto fail_k;
    s.n = PyList_GET_SIZE(words);
    s.n_win = fb.len / 8;
    s.k = k, s.most = most, s.threshold = threshold;
    s.firsts = fb.buf, s.ends = eb.buf, s.keys = kb.buf, s.shared = sb.buf;
    int bad = k < 1 || most < 1 || s.n >= 0x7FFFFFFF || s.n_win >= 0x7FFFFFFF ||
              eb.len != fb.len || sb.len != s.n_win ||
              (s.n_win ? kb.len % (8 * s.n_win) != 0 || kb.len == 0 : kb.len != 0);
    for (Py_ssize_t u = 0; !bad && u < s.n_win; u++)
        bad = s.firsts[u] < 0 || s.firsts[u] > s.ends[u] || s.ends[u] > s.n ||
              (u && s.firsts[u] < s.ends[u - 1]);
    if (bad) {
        PyErr_SetString(PyExc_ValueError, "match_windows: windows, keys or shared disagree");
        goto fail_s;
    }
    s.width = s.n_win ? kb.len / 8 / s.n_win : 1;
    s.exact_size = mw_size(s.n_win);
    s.band_size = mw_size(s.n_win * s.width);
    s.ids = PyMem_Malloc((size_t)(s.n + 1) * sizeof(int32_t));
    s.sids = PyMem_Malloc((size_t)(2 * s.n + 1) * sizeof(int32_t));
    s.exact = PyMem_Calloc(s.exact_size, sizeof(int32_t));
    s.band_key = PyMem_Malloc(s.band_size * sizeof(uint64_t));
    s.band_head = PyMem_Calloc(s.band_size, sizeof(int32_t));
    s.ent_win = PyMem_Malloc((size_t)(s.n_win * s.width + 1) * sizeof(int32_t));
    s.ent_next = PyMem_Malloc((size_t)(s.n_win * s.width + 1) * sizeof(int32_t));
    s.set_at = PyMem_Calloc((size_t)s.n_win + 1, sizeof(int32_t));
    s.set_len = PyMem_Calloc((size_t)s.n_win + 1, sizeof(int32_t));
    s.pool = PyMem_Malloc((size_t)(s.n + 1) * sizeof(int32_t));
    s.stamp = PyMem_Calloc((size_t)s.n_win + 1, sizeof(int32_t));
    s.cands = PyMem_Malloc((size_t)s.n_win * sizeof(int32_t) + sizeof(int32_t));
    s.scratch = PyMem_Malloc((size_t)(most + 2) * sizeof(int32_t));
    out = PyList_New(0);
    if (!s.ids || !s.sids || !s.exact || !s.band_key || !s.band_head || !s.ent_win ||
        !s.ent_next || !s.set_at || !s.set_len || !s.pool || !s.stamp || !s.cands ||
        !s.scratch || !out) {
        if (out) PyErr_NoMemory();
        Py_CLEAR(out);
        goto done;
    }
    int r = mw_word_ids(&s, words);
    if (r == -1) PyErr_SetString(PyExc_TypeError, "match_windows: words must be str");
    if (r == -2) PyErr_NoMemory();
    if (r == 0) {
        r = mw_shingle_ids(&s);
        if (r < 0) PyErr_NoMemory();
    }
    if (r < 0 || mw_loop(&s, out) < 0) Py_CLEAR(out);
done:
    PyMem_Free(s.ids);
    PyMem_Free(s.sids);
    PyMem_Free(s.exact);
    PyMem_Free(s.band_key);
    PyMem_Free(s.band_head);
    PyMem_Free(s.ent_win);
    PyMem_Free(s.ent_next);
    PyMem_Free(s.set_at);
    PyMem_Free(s.set_len);
    PyMem_Free(s.pool);
    PyMem_Free(s.stamp);
    PyMem_Free(s.cands);
    PyMem_Free(s.scratch);
fail_s:
    PyBuffer_Release(&sb);
fail_k:
    PyBuffer_Release(&kb);
fail_e:
    PyBuffer_Release(&eb);
fail_f:
    PyBuffer_Release(&fb);
    return out;
}

/* sentence_windows(starts, ends, end_at, blank_at, min_len, max_len) -> list of (first, end)
 *     The sentence windows of ``blocks.align.units`` (its numpy code is the twin): word i
 *     spans [starts[i], ends[i]) (int64, in order); end_at and blank_at (lists of int, in
 *     order) are where sentence ends and blank lines start (``sentence_marks``). A sentence
 *     end counts after the last word starting at or before it, if that word ends there or
 *     before; a blank line after the last word starting at or before it. A window from word
 *     i closes at the first blank line after a word >= i, at the first sentence end after a
 *     word >= i + min_len - 1, and after max_len words, whichever comes first. */
static int sw_marks(PyObject *marks, const int64_t *starts, const int64_t *ends, Py_ssize_t n,
                    int need_end, int64_t *out, Py_ssize_t *count) {
    Py_ssize_t m = PyList_GET_SIZE(marks), p = 0, c = 0;
    long long prev = LLONG_MIN;
    for (Py_ssize_t j = 0; j < m; j++) {
        long long at = PyLong_AsLongLong(PyList_GET_ITEM(marks, j));
        if (at == -1 && PyErr_Occurred()) return -1;
        if (at < prev) {
            PyErr_SetString(PyExc_ValueError, "sentence_windows: marks must be in order");
            return -1;
        }
        prev = at;
        while (p < n && starts[p] <= at) p++;
        Py_ssize_t last = p - 1;
        if (!need_end) out[c++] = last;
        else if (last >= 0 && ends[last] <= at) out[c++] = last;
    }
    *count = c;
    return 0;
}

static PyObject *sentence_windows(PyObject *self, PyObject *args) {
    PyObject *o_starts, *o_ends, *end_at, *blank_at;
    Py_ssize_t min_len, max_len;
    if (!PyArg_ParseTuple(args, "OOO!O!nn", &o_starts, &o_ends, &PyList_Type, &end_at,
                          &PyList_Type, &blank_at, &min_len, &max_len))
        return NULL;
    if (min_len < 1 || max_len < 1) {
        PyErr_SetString(PyExc_ValueError, "sentence_windows: min_len and max_len must be >= 1");
        return NULL;
    }
    Py_buffer sb, eb;
    if (get(o_starts, &sb, 8, 0, "starts") < 0) return NULL;
    if (get(o_ends, &eb, 8, 0, "ends") < 0) {
        PyBuffer_Release(&sb);
        return NULL;
    }
    PyObject *out = NULL;
    int64_t *sends = NULL, *breaks = NULL;
    Py_ssize_t n = sb.len / 8, ns = 0, nb = 0;
    if (eb.len != sb.len) {
        PyErr_SetString(PyExc_ValueError, "sentence_windows: starts and ends disagree");
        goto done;
    }
    sends = PyMem_Malloc((size_t)(PyList_GET_SIZE(end_at) + 1) * sizeof(int64_t));
    breaks = PyMem_Malloc((size_t)(PyList_GET_SIZE(blank_at) + 1) * sizeof(int64_t));
    if (sends == NULL || breaks == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    const int64_t *starts = sb.buf, *ends = eb.buf;
    if (sw_marks(end_at, starts, ends, n, 1, sends, &ns) < 0 ||
        sw_marks(blank_at, starts, ends, n, 0, breaks, &nb) < 0)
        goto done;
    out = PyList_New(0);
    if (out == NULL) goto done;
    Py_ssize_t i = 0, bi = 0, si = 0;
    while (i < n) {
        while (bi < nb && breaks[bi] < i) bi++;
        int64_t close = i + max_len - 1;
        if (bi < nb && breaks[bi] < close) close = breaks[bi];
        while (si < ns && sends[si] < i + min_len - 1) si++;
        if (si < ns && sends[si] < close) close = sends[si];
        Py_ssize_t next = close + 1 < n ? (Py_ssize_t)(close + 1) : n;
        PyObject *pair = Py_BuildValue("(nn)", i, next);
        if (pair == NULL || PyList_Append(out, pair) < 0) {
            Py_XDECREF(pair);
            Py_CLEAR(out);
            goto done;
        }
        Py_DECREF(pair);
        i = next;
    }
done:
    PyMem_Free(sends);
    PyMem_Free(breaks);
    PyBuffer_Release(&sb);
    PyBuffer_Release(&eb);
    return out;
}

/* band_mix(sigs, width, bands, rows, out)
 *     ``minhash.lsh.band_keys`` of signatures (uint32, rows of ``width`` values; its numpy
 *     code is the twin): for each signature and band b (from 1), h = b * BM_PRIME, then per
 *     row value v of the band h = (h ^ v) * BM_PRIME, then the fmix64 finaliser; out: uint64,
 *     signatures x bands. */
#define BM_PRIME 0x9E3779B97F4A7C15ULL /* lsh._PRIME64 */

static PyObject *band_mix(PyObject *self, PyObject *args) {
    PyObject *o_sigs, *o_out;
    Py_ssize_t width, bands, rows;
    if (!PyArg_ParseTuple(args, "OnnnO", &o_sigs, &width, &bands, &rows, &o_out)) return NULL;
    if (width < 1 || bands < 1 || rows < 1 || bands * rows > width) {
        PyErr_SetString(PyExc_ValueError, "band_mix: need 1 <= bands * rows <= width");
        return NULL;
    }
    Py_buffer sb, ob;
    if (get(o_sigs, &sb, 4, 0, "sigs") < 0) return NULL;
    if (get(o_out, &ob, 8, 1, "out") < 0) {
        PyBuffer_Release(&sb);
        return NULL;
    }
    Py_ssize_t n = sb.len / 4 / width;
    if (sb.len != 4 * n * width || ob.len != 8 * n * bands) {
        PyErr_SetString(PyExc_ValueError, "band_mix: sigs and out disagree");
        PyBuffer_Release(&sb);
        PyBuffer_Release(&ob);
        return NULL;
    }
    const uint32_t *sig = sb.buf;
    uint64_t *out = ob.buf;
    for (Py_ssize_t i = 0; i < n; i++) {
        const uint32_t *v = sig + i * width;
        for (Py_ssize_t b = 0; b < bands; b++) {
            uint64_t h = (uint64_t)(b + 1) * BM_PRIME;
            for (Py_ssize_t r = 0; r < rows; r++) h = (h ^ v[b * rows + r]) * BM_PRIME;
            out[i * bands + b] = fmix64(h);
        }
    }
    PyBuffer_Release(&sb);
    PyBuffer_Release(&ob);
    Py_RETURN_NONE;
}

/* casefold_utf8(data, fold, more) -> bytes or None
 *     ``data.decode("utf-8").casefold().encode("utf-8")`` for UTF-8 whose code points are
 *     all below len(fold) (else None: the caller folds in Python): fold[c] is the code
 *     point c folds to, or (bit 31) the first of two or three, the others more[2k] and
 *     more[2k + 1] (k: bits 21-30; 0: none), as ``blocks.align._case_table`` builds them
 *     (case folding has no context, so a text folds as its code points do one by one).
 *     None too for bytes that are not UTF-8 of code points below len(fold). */
static PyObject *casefold_utf8(PyObject *self, PyObject *args) {
    Py_buffer db, fb, mb;
    PyObject *o_data, *o_fold, *o_more;
    if (!PyArg_ParseTuple(args, "OOO", &o_data, &o_fold, &o_more)) return NULL;
    if (PyObject_GetBuffer(o_data, &db, PyBUF_SIMPLE) < 0) return NULL;
    if (get(o_fold, &fb, 4, 0, "fold") < 0) {
        PyBuffer_Release(&db);
        return NULL;
    }
    if (get(o_more, &mb, 4, 0, "more") < 0) {
        PyBuffer_Release(&db);
        PyBuffer_Release(&fb);
        return NULL;
    }
    const uint8_t *t = db.buf;
    Py_ssize_t n = db.len, limit = fb.len / 4, n_more = mb.len / 4, w = 0;
    const uint32_t *fold = fb.buf, *more = mb.buf;
    PyObject *out = PyBytes_FromStringAndSize(NULL, 9 * n / 2 + 8);
    if (out == NULL) goto done;
    uint8_t *o = (uint8_t *)PyBytes_AS_STRING(out);
    for (Py_ssize_t i = 0; i < n;) {
        uint32_t c = t[i];
        if (c < 0x80) {
            uint32_t f = c < (uint32_t)limit ? fold[c] : c;
            if (c >= (uint32_t)limit || (f & 0x80000000U) || f >= 0x80) goto refuse;
            o[w++] = (uint8_t)f;
            i++;
            continue;
        }
        int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
        if (len == 0 || i + len > n) goto refuse;
        c &= len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07;
        for (int j = 1; j < len; j++) {
            if ((t[i + j] & 0xC0) != 0x80) goto refuse;
            c = (c << 6) | (t[i + j] & 0x3F);
        }
        i += len;
        if (c >= (uint32_t)limit || (len == 2 && c < 0x80) || (len == 3 && c < 0x800) ||
            (c >= 0xD800 && c < 0xE000))
            goto refuse; /* beyond the table, overlong, or a surrogate */
        uint32_t f = fold[c];
        w += utf8_put(o + w, f & 0x1FFFFF);
        if (f & 0x80000000U) {
            Py_ssize_t k = (f >> 21) & 0x3FF;
            if (2 * k + 1 >= n_more) goto refuse;
            for (int j = 0; j < 2; j++)
                if (more[2 * k + j]) w += utf8_put(o + w, more[2 * k + j]);
        }
    }
    if (_PyBytes_Resize(&out, w) < 0) out = NULL;
    goto done;
refuse:
    Py_DECREF(out);
    out = Py_NewRef(Py_None);
done:
    PyBuffer_Release(&db);
    PyBuffer_Release(&fb);
    PyBuffer_Release(&mb);
    return out;
}

/* casefold_str(text, fold, more) -> str or None
 *     ``text.casefold()`` for a text whose code points are all below len(fold) (else None:
 *     the caller folds in Python), by the tables of casefold_utf8 (fold[c]: the code point c
 *     folds to, or with bit 31 the first of two or three, the others more[2k] and
 *     more[2k + 1], k in bits 21-30, 0: none). Case folding has no context, so a text folds
 *     as its code points do one by one. Two passes: the length and the widest code point of
 *     the result, then the result written in its own kind (the str Python makes). */
#define CF_SIZE(T)                                                                         \
    do {                                                                                   \
        const T *p = (const T *)data;                                                      \
        for (Py_ssize_t i = 0; i < n; i++) {                                               \
            uint32_t c = p[i];                                                             \
            if (c >= (uint32_t)limit) goto refuse;                                         \
            uint32_t f = fold[c];                                                          \
            len++;                                                                         \
            if (!(f & 0x80000000U)) {                                                      \
                if (f > top) top = f;                                                      \
                continue;                                                                  \
            }                                                                              \
            if ((f & 0x1FFFFF) > top) top = f & 0x1FFFFF;                                  \
            Py_ssize_t k = (f >> 21) & 0x3FF;                                              \
            if (2 * k + 1 >= n_more) goto refuse;                                          \
            for (int j = 0; j < 2; j++) {                                                  \
                uint32_t m = more[2 * k + j];                                              \
                if (m) {                                                                   \
                    len++;                                                                 \
                    if (m > top) top = m;                                                  \
                }                                                                          \
            }                                                                              \
        }                                                                                  \
    } while (0)
#define CF_WRITE(T, U)                                                                     \
    do {                                                                                   \
        const T *p = (const T *)data;                                                      \
        U *o = (U *)odata;                                                                 \
        for (Py_ssize_t i = 0; i < n; i++) {                                               \
            uint32_t f = fold[p[i]];                                                       \
            if (!(f & 0x80000000U)) {                                                      \
                *o++ = (U)f;                                                               \
                continue;                                                                  \
            }                                                                              \
            *o++ = (U)(f & 0x1FFFFF);                                                      \
            Py_ssize_t k = (f >> 21) & 0x3FF;                                              \
            for (int j = 0; j < 2; j++)                                                    \
                if (more[2 * k + j]) *o++ = (U)more[2 * k + j];                            \
        }                                                                                  \
    } while (0)
#define CF_WRITE_TO(T)                                                                     \
    do {                                                                                   \
        if (okind == PyUnicode_1BYTE_KIND)                                                 \
            CF_WRITE(T, Py_UCS1);                                                          \
        else if (okind == PyUnicode_2BYTE_KIND)                                            \
            CF_WRITE(T, Py_UCS2);                                                          \
        else                                                                               \
            CF_WRITE(T, Py_UCS4);                                                          \
    } while (0)
static PyObject *casefold_str(PyObject *self, PyObject *args) {
    PyObject *text, *o_fold, *o_more, *out = NULL;
    Py_buffer fb, mb;
    if (!PyArg_ParseTuple(args, "UOO", &text, &o_fold, &o_more)) return NULL;
    if (PyUnicode_READY(text) < 0) return NULL;
    if (get(o_fold, &fb, 4, 0, "fold") < 0) return NULL;
    if (get(o_more, &mb, 4, 0, "more") < 0) {
        PyBuffer_Release(&fb);
        return NULL;
    }
    const uint32_t *fold = fb.buf, *more = mb.buf;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), limit = fb.len / 4, n_more = mb.len / 4;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t len = 0;
    uint32_t top = 0;
    if (kind == PyUnicode_1BYTE_KIND)
        CF_SIZE(Py_UCS1);
    else if (kind == PyUnicode_2BYTE_KIND)
        CF_SIZE(Py_UCS2);
    else
        CF_SIZE(Py_UCS4);
    out = PyUnicode_New(len, top);
    if (out == NULL) goto done;
    int okind = PyUnicode_KIND(out);
    void *odata = PyUnicode_DATA(out);
    if (kind == PyUnicode_1BYTE_KIND)
        CF_WRITE_TO(Py_UCS1);
    else if (kind == PyUnicode_2BYTE_KIND)
        CF_WRITE_TO(Py_UCS2);
    else
        CF_WRITE_TO(Py_UCS4);
    goto done;
refuse:
    out = Py_NewRef(Py_None);
done:
    PyBuffer_Release(&fb);
    PyBuffer_Release(&mb);
    return out;
}
#undef CF_SIZE
#undef CF_WRITE
#undef CF_WRITE_TO

/* compare_words(words, a, b, c, d, n, k) -> (common, union, longest)
 *     For x = words[a:b] and y = words[c:d] (words: a list of str that hold no space, x != y
 *     as lists), what ``blocks.align.compare`` computes (its Python code is the twin): the
 *     shingle sets of n consecutive words (a side shorter than n has the one set of all its
 *     words, or none), the size of their intersection and union, and
 *     ``_longest_common_run(x, y, k)``: from each k words of x, the first eight places of
 *     those k words in y extended word by word, the next start of x after the longest of
 *     them. Words are numbered by content as in match_windows. */
static Py_ssize_t cw_gram_find(const int32_t *table, uint64_t size, const int32_t *ids,
                               Py_ssize_t at, Py_ssize_t len, const int32_t *key, uint64_t h) {
    uint64_t slot = h & (size - 1);
    while (table[slot]) {
        Py_ssize_t p = table[slot] - 1;
        if (memcmp(ids + p, key, (size_t)len * sizeof(int32_t)) == 0) return p;
        slot = (slot + 1) & (size - 1);
    }
    (void)at;
    return -(Py_ssize_t)slot - 1;
}

/* the distinct n-grams of ids[lo:hi] filed in table (first position + 1); their number,
 * and (count != NULL) how many of them are filed already from another range */
static Py_ssize_t cw_file(int32_t *table, uint64_t size, const int32_t *ids, Py_ssize_t lo,
                          Py_ssize_t hi, Py_ssize_t n, Py_ssize_t boundary, Py_ssize_t *common) {
    Py_ssize_t distinct = 0;
    for (Py_ssize_t p = lo; p + n <= hi; p++) {
        uint64_t h = mw_ids_hash(ids + p, n);
        Py_ssize_t q = cw_gram_find(table, size, ids, p, n, ids + p, h);
        if (q < 0) {
            table[-q - 1] = (int32_t)(p + 1);
            distinct++;
        } else if (common != NULL && q < boundary) {
            /* seen in the other range first: count it once, then refile it as ours */
            Py_ssize_t slot = -1;
            uint64_t s = h & (size - 1);
            while (table[s] - 1 != q) s = (s + 1) & (size - 1);
            slot = (Py_ssize_t)s;
            table[slot] = (int32_t)(p + 1);
            (*common)++;
            distinct++;
        }
    }
    return distinct;
}

static PyObject *compare_words(PyObject *self, PyObject *args) {
    PyObject *words;
    Py_ssize_t a, b, c, d, n, k;
    if (!PyArg_ParseTuple(args, "O!nnnnnn", &PyList_Type, &words, &a, &b, &c, &d, &n, &k))
        return NULL;
    Py_ssize_t total = PyList_GET_SIZE(words);
    if (n < 1 || k < 1 || a < 0 || a > b || b > total || c < 0 || c > d || d > total) {
        PyErr_SetString(PyExc_ValueError, "compare_words: ranges or sizes do not fit");
        return NULL;
    }
    Py_ssize_t nx = b - a, ny = d - c, m = nx + ny;
    /* ids of y then x, in one array: y at [0, ny), x at [ny, m) */
    int32_t *ids = PyMem_Malloc((size_t)(m + 1) * sizeof(int32_t));
    uint64_t size = mw_size(m + 1);
    int32_t *table = PyMem_Calloc(size, sizeof(int32_t));
    int32_t *next = PyMem_Malloc((size_t)(m + 1) * sizeof(int32_t));
    if (ids == NULL || table == NULL || next == NULL) {
        PyMem_Free(ids);
        PyMem_Free(table);
        PyMem_Free(next);
        return PyErr_NoMemory();
    }
    PyObject *bad = NULL;
    for (Py_ssize_t i = 0; i < m; i++) { /* word numbers: first position + 1 of the word */
        PyObject *wd = PyList_GET_ITEM(words, i < ny ? c + i : a + i - ny);
        if (!PyUnicode_Check(wd)) {
            bad = wd;
            break;
        }
        uint64_t slot = mw_str_hash(wd) & (size - 1);
        while (table[slot]) {
            Py_ssize_t p = table[slot] - 1;
            PyObject *other = PyList_GET_ITEM(words, p < ny ? c + p : a + p - ny);
            if (mw_str_eq(other, wd)) break;
            slot = (slot + 1) & (size - 1);
        }
        if (!table[slot]) table[slot] = (int32_t)(i + 1);
        ids[i] = table[slot] - 1;
    }
    Py_ssize_t common = 0, union_ = 0, longest = 0;
    if (bad != NULL) {
        PyErr_SetString(PyExc_TypeError, "compare_words: words must be str");
        goto done;
    }
    /* shingle sets: y's n-grams filed, then x's (counting those y has) */
    memset(table, 0, size * sizeof(int32_t));
    if (nx < n || ny < n) { /* a short side's one set never equals the other's (x != y) */
        Py_ssize_t sy = ny < n ? ny > 0 : cw_file(table, size, ids, 0, ny, n, ny, NULL);
        memset(table, 0, size * sizeof(int32_t));
        Py_ssize_t sx = nx < n ? nx > 0 : cw_file(table, size, ids, ny, m, n, ny, NULL);
        union_ = sx + sy;
    } else {
        Py_ssize_t sy = cw_file(table, size, ids, 0, ny, n, ny, NULL);
        Py_ssize_t sx = cw_file(table, size, ids, ny, m, n, ny, &common);
        union_ = sx + sy - common;
    }
    /* the longest common run from k-word anchors: y's k-grams with their places in order */
    if (nx >= k && ny >= k) {
        memset(table, 0, size * sizeof(int32_t));
        int32_t *last = PyMem_Malloc((size_t)(ny + 1) * sizeof(int32_t));
        if (last == NULL) {
            PyErr_NoMemory();
            goto done;
        }
        for (Py_ssize_t j = 0; j + k <= ny; j++) { /* next[j]: the next place of y's gram */
            next[j] = -1;
            uint64_t h = mw_ids_hash(ids + j, k);
            Py_ssize_t q = cw_gram_find(table, size, ids, j, k, ids + j, h);
            if (q < 0) {
                table[-q - 1] = (int32_t)(j + 1);
                last[j] = (int32_t)j;
            } else {
                next[last[q]] = (int32_t)j;
                last[q] = (int32_t)j;
            }
        }
        PyMem_Free(last);
        const int32_t *x = ids + ny, *y = ids;
        Py_ssize_t i = 0;
        while (i <= nx - k) {
            Py_ssize_t run = 0;
            Py_ssize_t j = cw_gram_find(table, size, ids, 0, k, x + i, mw_ids_hash(x + i, k));
            for (int tries = 0; j >= 0 && tries < 8; tries++, j = next[j]) {
                Py_ssize_t r = k;
                while (i + r < nx && j + r < ny && x[i + r] == y[j + r]) r++;
                if (r > run) run = r;
            }
            if (run > longest) longest = run;
            i += run - k + 1 > 1 ? run - k + 1 : 1;
        }
    }
done:
    PyMem_Free(ids);
    PyMem_Free(table);
    PyMem_Free(next);
    if (PyErr_Occurred()) return NULL;
    return Py_BuildValue("(nnn)", common, union_, longest);
}

/* ---- script scan (w-xspeed4) ---- */

/* in_ranges(text, bounds) -> bool
 *     Whether some character of text is in one of the ranges of bounds: int32, pairs of
 *     inclusive code points (lo, hi), in increasing order, not overlapping (the ``re`` search
 *     of the class of these ranges, ``tokens.may_have_cjk``, finds the same). A str whose
 *     kind holds no code point as high as the first lo is answered without a pass (a
 *     Latin-1 str for the CJK blocks); else one pass, stopping at the first character in a
 *     range.
 */
#define IN_RANGES(T)                                                                     \
    {                                                                                    \
        const T *t = (const T *)data;                                                    \
        for (Py_ssize_t i = 0; i < n && !found; i++) {                                   \
            Py_UCS4 c = t[i];                                                            \
            if (c < first) continue;                                                     \
            for (Py_ssize_t r = 0; r < nb; r += 2) {                                     \
                if (c < (Py_UCS4)b[r]) break;                                            \
                if (c <= (Py_UCS4)b[r + 1]) {                                            \
                    found = 1;                                                           \
                    break;                                                               \
                }                                                                        \
            }                                                                            \
        }                                                                                \
    }

static PyObject *in_ranges(PyObject *self, PyObject *args) {
    PyObject *text, *o_bounds;
    if (!PyArg_ParseTuple(args, "UO", &text, &o_bounds)) return NULL;
    Py_buffer bb;
    if (get(o_bounds, &bb, 4, 0, "bounds") < 0) return NULL;
    Py_ssize_t nb = bb.len / 4;
    if (nb % 2 || PyUnicode_READY(text) < 0) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "bounds: pairs expected");
        PyBuffer_Release(&bb);
        return NULL;
    }
    const int32_t *b = bb.buf;
    int found = 0;
    if (nb > 0 && (Py_UCS4)PyUnicode_MAX_CHAR_VALUE(text) >= (Py_UCS4)b[0]) {
        Py_UCS4 first = (Py_UCS4)b[0];
        Py_ssize_t n = PyUnicode_GET_LENGTH(text);
        const void *data = PyUnicode_DATA(text);
        switch (PyUnicode_KIND(text)) {
        case PyUnicode_1BYTE_KIND:
            IN_RANGES(Py_UCS1)
            break;
        case PyUnicode_2BYTE_KIND:
            IN_RANGES(Py_UCS2)
            break;
        default:
            IN_RANGES(Py_UCS4)
            break;
        }
    }
    PyBuffer_Release(&bb);
    return PyBool_FromLong(found);
}

/* ---- per-line rows out of the cyclic GC (w-xspeed6) ---- */

/* tuple_rows(cls, columns) -> list
 *     cls: a subclass of tuple that adds no fields and no instance dict (a NamedTuple);
 *     columns: a tuple of lists of one length n. Returns the n rows cls(column[i] for
 *     column in columns), as tuple.__new__(cls, ...) makes them, without the Python calls.
 *     A row whose values the cyclic garbage collector does not track (numbers, strings,
 *     None, rows made here of such values...) is not tracked either, as CPython does for an
 *     exact tuple of such values (``gc.is_tracked``): it holds nothing that could be part of
 *     a reference cycle. A page of thousands of lines then does not fill the collector's
 *     oldest generation with rows that each full collection walks over again. */
static PyObject *tuple_rows(PyObject *self, PyObject *args) {
    PyObject *o_cls, *columns;
    if (!PyArg_ParseTuple(args, "OO!", &o_cls, &PyTuple_Type, &columns)) return NULL;
    if (!PyType_Check(o_cls) || !PyType_IsSubtype((PyTypeObject *)o_cls, &PyTuple_Type)) {
        PyErr_SetString(PyExc_TypeError, "cls: a subclass of tuple expected");
        return NULL;
    }
    PyTypeObject *cls = (PyTypeObject *)o_cls;
    if (cls->tp_dictoffset != 0 || cls->tp_basicsize != PyTuple_Type.tp_basicsize) {
        PyErr_SetString(PyExc_TypeError, "cls: a tuple subclass without fields of its own");
        return NULL;
    }
    Py_ssize_t width = PyTuple_GET_SIZE(columns), n = -1;
    for (Py_ssize_t c = 0; c < width; c++) {
        PyObject *col = PyTuple_GET_ITEM(columns, c);
        if (!PyList_Check(col) || (n >= 0 && PyList_GET_SIZE(col) != n)) {
            PyErr_SetString(PyExc_ValueError, "columns: lists of one length expected");
            return NULL;
        }
        n = PyList_GET_SIZE(col);
    }
    if (n < 0) n = 0;
    PyObject *out = PyList_New(n);
    if (out == NULL) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *row = cls->tp_alloc(cls, width);
        if (row == NULL) {
            Py_DECREF(out);
            return NULL;
        }
        int atomic = 1;
        for (Py_ssize_t c = 0; c < width; c++) {
            PyObject *v = PyList_GET_ITEM(PyTuple_GET_ITEM(columns, c), i);
            Py_INCREF(v);
            PyTuple_SET_ITEM(row, c, v);
            if (PyObject_IS_GC(v) && PyObject_GC_IsTracked(v)) atomic = 0;
        }
        if (atomic && PyObject_GC_IsTracked(row)) PyObject_GC_UnTrack(row);
        PyList_SET_ITEM(out, i, row);
    }
    return out;
}
