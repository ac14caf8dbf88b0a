/* Optional compiled kernels for corpus dedup: word-shingle hashes and MinHash minima.
 *
 * Both compute exactly what the numpy code in shingle.py and minhash.py computes (the tests
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

static PyObject *word_hashes(PyObject *self, PyObject *args) {
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
    if (get(o_starts, &starts, 8, 0, "starts") < 0) goto fail_data;
    if (get(o_hashes, &hashes, 4, 1, "hashes") < 0) goto fail_starts;
    if (get(o_offsets, &offsets, 8, 1, "offsets") < 0) goto fail_hashes;

    const uint8_t *d = data.buf;
    const int64_t *st = starts.buf;
    uint32_t *out = hashes.buf;
    int64_t *off = offsets.buf;
    Py_ssize_t n_texts = starts.len / 8 - 1, cap = hashes.len / 4, size = data.len;
    Py_ssize_t total = 0, max_words = 0;
    int bad = n_texts < 0 || offsets.len / 8 != n_texts + 1;
    for (Py_ssize_t i = 0; !bad && i < n_texts; i++)
        if (st[i] < 0 || st[i] > st[i + 1] || st[i + 1] > size + 1) bad = 1;
        else if (st[i + 1] - st[i] > max_words) max_words = st[i + 1] - st[i];
    if (bad) {
        PyErr_SetString(PyExc_ValueError,
                        "starts must rise from 0 to at most len(data) + 1, and offsets must "
                        "have as many items as starts");
        goto fail_all;
    }
    max_words = max_words / 2 + 1;
    /* per word, in the text's words joined by single spaces: the prefix hash where the word
     * starts and where it ends, and those positions (a span's hash is
     * prefix[end] - prefix[start] * P**(end - start)) */
    uint64_t *gs = PyMem_Malloc(max_words * sizeof(uint64_t));
    uint64_t *ge = PyMem_Malloc(max_words * sizeof(uint64_t));
    Py_ssize_t *ps = PyMem_Malloc(max_words * sizeof(Py_ssize_t));
    Py_ssize_t *pe = PyMem_Malloc(max_words * sizeof(Py_ssize_t));
    if (gs == NULL || ge == NULL || ps == NULL || pe == NULL) {
        PyMem_Free(gs);
        PyMem_Free(ge);
        PyMem_Free(ps);
        PyMem_Free(pe);
        PyErr_NoMemory();
        goto fail_all;
    }
    Py_BEGIN_ALLOW_THREADS
    off[0] = 0;
    for (Py_ssize_t i = 0; i < n_texts && !bad; i++) {
        /* the byte after a text is a separator (a space) or the end of data */
        Py_ssize_t pos = st[i], end = st[i + 1] < size ? st[i + 1] : size, words = 0;
        Py_ssize_t at = 0; /* position in the joined words */
        uint64_t g = 0;    /* prefix hash of the joined words so far */
        while (pos < end) {
            while (pos < end && d[pos] == 32) pos++;
            if (pos >= end) break;
            if (words > 0) { /* the single space before the word */
                g = g * P64 + 33;
                at++;
            }
            gs[words] = g;
            ps[words] = at;
            Py_ssize_t s = pos;
            while (pos < end && d[pos] != 32) g = g * P64 + d[pos++] + 1;
            at += pos - s;
            ge[words] = g;
            pe[words++] = at;
        }
        Py_ssize_t count = words == 0 ? 0 : (words < n ? 1 : words - n + 1);
        if (total + count > cap) {
            bad = 1;
            break;
        }
        Py_ssize_t k = words < n ? words : n;
        for (Py_ssize_t w = 0; w < count; w++) {
            Py_ssize_t last = w + k - 1;
            uint64_t h = ge[last] - gs[w] * pow_p(pe[last] - ps[w]);
            out[total + w] = (uint32_t)fmix64(h);
        }
        total += count;
        off[i + 1] = total;
    }
    Py_END_ALLOW_THREADS
    PyMem_Free(gs);
    PyMem_Free(ge);
    PyMem_Free(ps);
    PyMem_Free(pe);
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

static PyObject *char_hashes(PyObject *self, PyObject *args) {
    PyObject *o_stream, *o_bounds, *o_hashes, *o_offsets;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "OOnOO", &o_stream, &o_bounds, &n, &o_hashes, &o_offsets))
        return NULL;
    if (n < 1) {
        PyErr_SetString(PyExc_ValueError, "n must be >= 1");
        return NULL;
    }
    Py_buffer stream, bounds, hashes, offsets;
    if (get(o_stream, &stream, 1, 0, "stream") < 0) return NULL;
    if (get(o_bounds, &bounds, 8, 0, "bounds") < 0) goto fail_stream;
    if (get(o_hashes, &hashes, 4, 1, "hashes") < 0) goto fail_bounds;
    if (get(o_offsets, &offsets, 8, 1, "offsets") < 0) goto fail_hashes;

    const uint8_t *d = stream.buf;
    const int64_t *bd = bounds.buf;
    uint32_t *out = hashes.buf;
    int64_t *off = offsets.buf;
    Py_ssize_t n_texts = bounds.len / 8 - 1, cap = hashes.len / 4, size = stream.len;
    Py_ssize_t total = 0, longest = 0;
    int bad = n_texts < 0 || offsets.len / 8 != n_texts + 1;
    for (Py_ssize_t i = 0; !bad && i < n_texts; i++)
        if (bd[i] < 0 || bd[i] > bd[i + 1] || bd[i + 1] > size) bad = 1;
        else if (bd[i + 1] - bd[i] > longest) longest = bd[i + 1] - bd[i];
    if (bad) {
        PyErr_SetString(PyExc_ValueError,
                        "bounds must rise from 0 to at most len(stream), and offsets must have "
                        "as many items as bounds");
        goto fail_all;
    }
    /* per text: the prefix hash before each byte and where each character starts */
    uint64_t *g = PyMem_Malloc((longest + 1) * sizeof(uint64_t));
    Py_ssize_t *cs = PyMem_Malloc((longest + 1) * sizeof(Py_ssize_t));
    if (g == NULL || cs == NULL) {
        PyMem_Free(g);
        PyMem_Free(cs);
        PyErr_NoMemory();
        goto fail_all;
    }
    Py_BEGIN_ALLOW_THREADS
    off[0] = 0;
    for (Py_ssize_t i = 0; i < n_texts; i++) {
        const uint8_t *t = d + bd[i];
        Py_ssize_t len = bd[i + 1] - bd[i], chars = 0;
        g[0] = 0;
        for (Py_ssize_t j = 0; j < len; j++) {
            if ((t[j] & 0xC0) != 0x80) cs[chars++] = j; /* not a continuation byte */
            g[j + 1] = g[j] * P64 + t[j] + 1;
        }
        cs[chars] = len;
        Py_ssize_t count = chars == 0 ? 0 : (chars < n ? 1 : chars - n + 1);
        if (total + count > cap) {
            bad = 1;
            break;
        }
        Py_ssize_t k = chars < n ? chars : n;
        for (Py_ssize_t w = 0; w < count; w++) {
            Py_ssize_t a = cs[w], e = cs[w + k];
            out[total + w] = (uint32_t)fmix64(g[e] - g[a] * pow_p(e - a));
        }
        total += count;
        off[i + 1] = total;
    }
    Py_END_ALLOW_THREADS
    PyMem_Free(g);
    PyMem_Free(cs);
    if (bad) {
        PyErr_SetString(PyExc_ValueError, "hashes is too small for the shingles");
        goto fail_all;
    }
    PyBuffer_Release(&offsets);
    PyBuffer_Release(&hashes);
    PyBuffer_Release(&bounds);
    PyBuffer_Release(&stream);
    return PyLong_FromSsize_t(total);
fail_all:
    PyBuffer_Release(&offsets);
fail_hashes:
    PyBuffer_Release(&hashes);
fail_bounds:
    PyBuffer_Release(&bounds);
fail_stream:
    PyBuffer_Release(&stream);
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
    PyModuleDef_HEAD_INIT, "cleantext.dedup._kernels",
    "Optional compiled kernels for corpus dedup (see _kernels.c).", -1, methods,
};

PyMODINIT_FUNC PyInit__kernels(void) {
    POW[0] = 1;
    for (int k = 1; k < N_POW; k++) POW[k] = POW[k - 1] * P64;
    return PyModule_Create(&module);
}
