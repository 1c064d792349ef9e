/* The tally of one call to keyphrases(): each stem an id (its first appearance), each candidate
 * phrase up to MAX_WORDS ids in a hash table of C structs, each stem's weight a double, each
 * occurrence the place of its words in one array of the content words read. */
#include "keyphrases.h"

/* Room for one more item in a growing array (of item size `size`). */
static int
grow(void **items, Py_ssize_t *cap, Py_ssize_t used, size_t size)
{
    if (used < *cap) {
        return 0;
    }
    Py_ssize_t bigger = *cap ? *cap * 2 : 64;
    void *moved = PyMem_Realloc(*items, (size_t)bigger * size);
    if (moved == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    *items = moved;
    *cap = bigger;
    return 0;
}

static int
index_init(Index *index, size_t capacity)
{
    index->slots = PyMem_Malloc(capacity * sizeof(Py_ssize_t));
    if (index->slots == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    memset(index->slots, 0xff, capacity * sizeof(Py_ssize_t)); /* all -1 */
    index->mask = capacity - 1;
    return 0;
}

static size_t
candidate_hash(const Py_ssize_t *ids, Py_ssize_t n)
{
    size_t h = (size_t)n;
    for (Py_ssize_t i = 0; i < n; i++) {
        h = (h ^ (size_t)ids[i]) * (size_t)0x9E3779B97F4A7C15ULL;
    }
    return h ^ (h >> 29);
}

/* Doubles the index of `used` entries, rehashing them by `hash_of`. */
static int
index_grow(Index *index, Tally *t, size_t (*hash_of)(Tally *, Py_ssize_t), Py_ssize_t used)
{
    Index bigger;
    if (index_init(&bigger, (index->mask + 1) * 2) < 0) {
        return -1;
    }
    for (Py_ssize_t id = 0; id < used; id++) {
        size_t slot = hash_of(t, id) & bigger.mask;
        while (bigger.slots[slot] >= 0) {
            slot = (slot + 1) & bigger.mask;
        }
        bigger.slots[slot] = id;
    }
    PyMem_Free(index->slots);
    *index = bigger;
    return 0;
}

static size_t
stem_hash_of(Tally *t, Py_ssize_t id)
{
    return (size_t)t->hashes[id];
}

static size_t
candidate_hash_of(Tally *t, Py_ssize_t id)
{
    return candidate_hash(t->candidates[id].ids, t->candidates[id].n);
}

int
kp_same_string(PyObject *a, PyObject *b)
{
    if (a == b) {
        return 1;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(a);
    int kind = PyUnicode_KIND(a);
    return n == PyUnicode_GET_LENGTH(b) && kind == PyUnicode_KIND(b)
           && memcmp(PyUnicode_DATA(a), PyUnicode_DATA(b), (size_t)n * (size_t)kind) == 0;
}

/* The id of a stem (a str), given one on its first appearance; -1 on error. */
static Py_ssize_t
stem_id(Tally *t, PyObject *stem)
{
    Py_hash_t hash = PyObject_Hash(stem); /* kept in the str after its first use */
    if (hash == -1) {
        return -1;
    }
    size_t slot = (size_t)hash & t->stem_index.mask;
    Py_ssize_t id;
    while ((id = t->stem_index.slots[slot]) >= 0) {
        if (t->hashes[id] == hash && kp_same_string(t->stems[id], stem)) {
            return id;
        }
        slot = (slot + 1) & t->stem_index.mask;
    }
    if (t->n_stems == t->cap_stems) { /* the three arrays by id grow together */
        Py_ssize_t cap = t->cap_stems;
        if (grow((void **)&t->hashes, &cap, t->n_stems, sizeof(Py_hash_t)) < 0) {
            return -1;
        }
        cap = t->cap_stems;
        if (grow((void **)&t->weights, &cap, t->n_stems, sizeof(double)) < 0
            || grow((void **)&t->stems, &t->cap_stems, t->n_stems, sizeof(PyObject *)) < 0) {
            return -1;
        }
    }
    id = t->n_stems++;
    Py_INCREF(stem);
    t->stems[id] = stem;
    t->hashes[id] = hash;
    t->weights[id] = 0.0;
    t->stem_index.slots[slot] = id;
    if ((size_t)t->n_stems * 2 > t->stem_index.mask) {
        return index_grow(&t->stem_index, t, stem_hash_of, t->n_stems) < 0 ? -1 : id;
    }
    return id;
}

/* One occurrence of the phrase t->words[start:start + n]: its candidate counted, its stems weighed. */
static int
tally_phrase(Tally *t, Py_ssize_t start, Py_ssize_t n)
{
    Py_ssize_t ids[MAX_WORDS] = {-1, -1, -1};
    for (Py_ssize_t i = 0; i < n; i++) {
        ids[i] = t->word_stems[start + i];
        t->weights[ids[i]] += t->early;
    }
    size_t slot = candidate_hash(ids, n) & t->candidate_index.mask;
    Py_ssize_t c;
    while ((c = t->candidate_index.slots[slot]) >= 0) {
        Candidate *known = &t->candidates[c];
        if (known->n == n && memcmp(known->ids, ids, sizeof(ids)) == 0) {
            break;
        }
        slot = (slot + 1) & t->candidate_index.mask;
    }
    if (grow((void **)&t->occurrences, &t->cap_occurrences, t->n_occurrences, sizeof(Occurrence)) < 0) {
        return -1;
    }
    Py_ssize_t o = t->n_occurrences++;
    t->occurrences[o] = (Occurrence){start, -1};
    if (c >= 0) {
        Candidate *known = &t->candidates[c];
        t->occurrences[known->last].next = o;
        known->last = o;
        known->count++;
        return 0;
    }
    if (grow((void **)&t->candidates, &t->cap_candidates, t->n_candidates, sizeof(Candidate)) < 0) {
        return -1;
    }
    c = t->n_candidates++;
    Candidate *added = &t->candidates[c];
    memcpy(added->ids, ids, sizeof(ids));
    added->n = n;
    added->count = 1;
    added->first = added->last = o;
    added->score = 0.0;
    t->candidate_index.slots[slot] = c;
    if ((size_t)t->n_candidates * 2 > t->candidate_index.mask) {
        return index_grow(&t->candidate_index, t, candidate_hash_of, t->n_candidates);
    }
    return 0;
}

int
kp_has_upper(PyObject *word, Py_ssize_t upto)
{
    int kind = PyUnicode_KIND(word);
    const void *data = PyUnicode_DATA(word);
    for (Py_ssize_t i = 0; i < upto; i++) {
        if (Py_UNICODE_ISUPPER(PyUnicode_READ(kind, data, i))) {
            return 1;
        }
    }
    return 0;
}

/* The run t->words[start:end] of content words: itself when short, else its capitalized stretches,
 * each cut to its last MAX_WORDS words (keyphrases._phrases). */
int
kp_end_run(Tally *t, Py_ssize_t start, Py_ssize_t end)
{
    if (end - start <= MAX_WORDS) {
        return end > start ? tally_phrase(t, start, end - start) : 0;
    }
    Py_ssize_t stretch = start;
    for (Py_ssize_t i = start; i <= end; i++) {
        if (i < end && PyUnicode_GET_LENGTH(t->words[i]) > 0 && kp_has_upper(t->words[i], 1)) {
            continue;
        }
        if (i > stretch) {
            Py_ssize_t from = i - stretch > MAX_WORDS ? i - MAX_WORDS : stretch;
            if (tally_phrase(t, from, i - from) < 0) {
                return -1;
            }
        }
        stretch = i + 1;
    }
    return 0;
}

/* A content piece, a (word, stem) tuple of two str, appended to the words read. */
int
kp_add_word(Tally *t, PyObject *piece)
{
    if (!PyTuple_Check(piece) || PyTuple_GET_SIZE(piece) != 2 || !PyUnicode_Check(PyTuple_GET_ITEM(piece, 0))
        || !PyUnicode_Check(PyTuple_GET_ITEM(piece, 1))) {
        PyErr_SetString(PyExc_TypeError, "a content piece must be a (word, stem) tuple of str");
        return -1;
    }
    Py_ssize_t id = stem_id(t, PyTuple_GET_ITEM(piece, 1));
    if (id < 0) {
        return -1;
    }
    if (t->n_words == t->cap_words) { /* words and their stem ids grow together */
        Py_ssize_t cap = t->cap_words;
        if (grow((void **)&t->word_stems, &cap, t->n_words, sizeof(Py_ssize_t)) < 0
            || grow((void **)&t->words, &t->cap_words, t->n_words, sizeof(PyObject *)) < 0) {
            return -1;
        }
    }
    PyObject *word = PyTuple_GET_ITEM(piece, 0);
    Py_INCREF(word);
    t->words[t->n_words] = word;
    t->word_stems[t->n_words++] = id;
    return 0;
}


int
kp_tally_init(Tally *t)
{
    memset(t, 0, sizeof(*t));
    return index_init(&t->stem_index, 256) < 0 || index_init(&t->candidate_index, 256) < 0 ? -1 : 0;
}

void
kp_tally_free(Tally *t)
{
    for (Py_ssize_t i = 0; i < t->n_stems; i++) {
        Py_DECREF(t->stems[i]);
    }
    for (Py_ssize_t i = 0; i < t->n_words; i++) {
        Py_DECREF(t->words[i]);
    }
    PyMem_Free(t->stems);
    PyMem_Free(t->hashes);
    PyMem_Free(t->weights);
    PyMem_Free(t->stem_index.slots);
    PyMem_Free(t->words);
    PyMem_Free(t->word_stems);
    PyMem_Free(t->candidates);
    PyMem_Free(t->candidate_index.slots);
    PyMem_Free(t->occurrences);
}
