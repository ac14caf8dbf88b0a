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

/* word_hashes and char_hashes: text i is data[starts[i]:starts[i + 1]] (at most len(data) +
 * slack: word texts are followed by a separator that the last one lacks); every shingle of n
 * units (a text of fewer units has one, of all of them) is hashed into hashes, and each text's
 * first hash is written to offsets. */
static PyObject *shingle_hashes(PyObject *args, scan_units scan, const char *starts_name,
                                Py_ssize_t slack) {
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
    if (g0 == NULL || g1 == NULL || p0 == NULL || p1 == NULL) {
        PyMem_Free(g0);
        PyMem_Free(g1);
        PyMem_Free(p0);
        PyMem_Free(p1);
        PyErr_NoMemory();
        goto fail_all;
    }
    Py_BEGIN_ALLOW_THREADS
    off[0] = 0;
    for (Py_ssize_t i = 0; i < n_texts; i++) {
        Py_ssize_t end = st[i + 1] < size ? st[i + 1] : size;
        Py_ssize_t found = scan(d + st[i], end - st[i], g0, g1, p0, p1);
        Py_ssize_t count = found == 0 ? 0 : (found < n ? 1 : found - n + 1);
        if (total + count > cap) {
            bad = 1;
            break;
        }
        Py_ssize_t k = found < n ? found : n;
        for (Py_ssize_t w = 0; w < count; w++) {
            Py_ssize_t last = w + k - 1;
            uint64_t h = g1[last] - g0[w] * pow_p(p1[last] - p0[w]);
            out[total + w] = (uint32_t)fmix64(h);
        }
        total += count;
        off[i + 1] = total;
    }
    Py_END_ALLOW_THREADS
    PyMem_Free(g0);
    PyMem_Free(g1);
    PyMem_Free(p0);
    PyMem_Free(p1);
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
    return shingle_hashes(args, scan_words, "starts", 1);
}

static PyObject *char_hashes(PyObject *self, PyObject *args) {
    return shingle_hashes(args, scan_chars, "bounds", 0);
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

static PyMethodDef methods[] = {
    {"word_hashes", word_hashes, METH_VARARGS,
     "word_hashes(data, starts, n, hashes, offsets) -> count: word-shingle hashes."},
    {"char_hashes", char_hashes, METH_VARARGS,
     "char_hashes(stream, bounds, n, hashes, offsets) -> count: character-shingle hashes."},
    {"minhash", minhash, METH_VARARGS,
     "minhash(hashes, offsets, a, b, out): affine32 MinHash minima per text."},
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
