/* The candidates ranked and the phrases chosen and written out (keyphrases._keyphrases_python after
 * the tally): scores as Python computes them, the order of a sort by (-score, key), the strings of
 * the chosen phrases only. */
#include "keyphrases.h"

#include <math.h>

/* Python's sum() of a few positive floats, as the running version adds them: one by one before 3.12,
 * with Neumaier's compensation from 3.12 (bltinmodule.c, builtin_sum_impl). */
static double
python_sum(const double *x, Py_ssize_t n)
{
    double total = 0.0 + x[0];
#if PY_VERSION_HEX >= 0x030C0000
    double low = 0.0;
    for (Py_ssize_t i = 1; i < n; i++) {
        double sum = total + x[i];
        low += fabs(total) >= fabs(x[i]) ? (total - sum) + x[i] : (x[i] - sum) + total;
        total = sum;
    }
    if (low != 0.0 && isfinite(low)) {
        total += low;
    }
#else
    for (Py_ssize_t i = 1; i < n; i++) {
        total += x[i];
    }
#endif
    return total;
}

/* Whether candidate a ranks before b: the higher score, ties by the smaller key (tuple of stems). */
static int
before(Tally *t, Py_ssize_t a, Py_ssize_t b)
{
    const Candidate *x = &t->candidates[a], *y = &t->candidates[b];
    if (x->score != y->score) {
        return x->score > y->score;
    }
    Py_ssize_t n = x->n < y->n ? x->n : y->n;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (x->ids[i] != y->ids[i]) {
            return PyUnicode_Compare(t->stems[x->ids[i]], t->stems[y->ids[i]]) < 0;
        }
    }
    return x->n < y->n;
}

static void
sift_down(Tally *t, Py_ssize_t *heap, Py_ssize_t size, Py_ssize_t i)
{
    for (;;) {
        Py_ssize_t best = i, left = 2 * i + 1, right = left + 1;
        if (left < size && before(t, heap[left], heap[best])) {
            best = left;
        }
        if (right < size && before(t, heap[right], heap[best])) {
            best = right;
        }
        if (best == i) {
            return;
        }
        Py_ssize_t swap = heap[i];
        heap[i] = heap[best];
        heap[best] = swap;
        i = best;
    }
}

/* Whether the key of candidate `part` is a contiguous stretch of candidate `whole`'s. */
static int
stretch_of(const Candidate *part, const Candidate *whole)
{
    for (Py_ssize_t at = 0; at + part->n <= whole->n; at++) {
        if (memcmp(part->ids, whole->ids + at, (size_t)part->n * sizeof(Py_ssize_t)) == 0) {
            return 1;
        }
    }
    return 0;
}

/* The written form of an occurrence, as a new str: its word, or its words joined by a space. */
static PyObject *
form_of(Tally *t, Py_ssize_t start, Py_ssize_t n)
{
    if (n == 1) {
        Py_INCREF(t->words[start]);
        return t->words[start];
    }
    PyObject *parts = PyTuple_New(n);
    if (parts == NULL) {
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_INCREF(t->words[start + i]);
        PyTuple_SET_ITEM(parts, i, t->words[start + i]);
    }
    PyObject *form = PyUnicode_Join(kp_space, parts);
    Py_DECREF(parts);
    return form;
}

static int
same_form(Tally *t, Py_ssize_t a, Py_ssize_t b, Py_ssize_t n)
{
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!kp_same_string(t->words[a + i], t->words[b + i])) {
            return 0;
        }
    }
    return 1;
}

/* The start of the most common written form of a candidate (the first seen among equals, as
 * Counter.most_common(1) picks), and whether every occurrence has a capital; -1 on error. */
static Py_ssize_t
common_form(Tally *t, const Candidate *c, int *all_capitals)
{
    Py_ssize_t first = t->occurrences[c->first].start, o;
    int uniform = 1;
    *all_capitals = 1;
    for (o = c->first; o >= 0; o = t->occurrences[o].next) {
        Py_ssize_t start = t->occurrences[o].start;
        uniform = uniform && same_form(t, first, start, c->n);
        int capital = 0;
        for (Py_ssize_t i = 0; i < c->n && !capital; i++) {
            capital = kp_has_upper(t->words[start + i], PyUnicode_GET_LENGTH(t->words[start + i]));
        }
        *all_capitals = *all_capitals && capital;
    }
    if (uniform) {
        return first;
    }
    /* Several forms: count them by their strings, in the order first seen. */
    PyObject *counts = PyDict_New(), *starts = PyDict_New();
    Py_ssize_t best = -1, most = 0;
    if (counts == NULL || starts == NULL) {
        goto done;
    }
    for (o = c->first; o >= 0; o = t->occurrences[o].next) {
        PyObject *form = form_of(t, t->occurrences[o].start, c->n);
        PyObject *seen = form == NULL ? NULL : PyDict_GetItemWithError(counts, form);
        Py_ssize_t count = seen == NULL ? 0 : PyLong_AsSsize_t(seen);
        PyObject *value = PyErr_Occurred() ? NULL : PyLong_FromSsize_t(count + 1);
        int status = value == NULL ? -1 : PyDict_SetItem(counts, form, value);
        if (status == 0 && seen == NULL) {
            PyObject *where = PyLong_FromSsize_t(t->occurrences[o].start);
            status = where == NULL ? -1 : PyDict_SetItem(starts, form, where);
            Py_XDECREF(where);
        }
        Py_XDECREF(value);
        Py_XDECREF(form);
        if (status < 0) {
            best = -1;
            goto done;
        }
    }
    PyObject *form, *value;
    Py_ssize_t pos = 0;
    while (PyDict_Next(counts, &pos, &form, &value)) {
        Py_ssize_t count = PyLong_AsSsize_t(value);
        if (count > most) { /* strictly more: the first seen wins a tie */
            most = count;
            best = PyLong_AsSsize_t(PyDict_GetItem(starts, form));
        }
    }
done:
    Py_XDECREF(counts);
    Py_XDECREF(starts);
    return best;
}

/* The phrase as returned: its most common form, lowercased unless it always has capitals. */
static PyObject *
surface(Tally *t, const Candidate *c)
{
    int all_capitals;
    Py_ssize_t start = common_form(t, c, &all_capitals);
    PyObject *form = start < 0 ? NULL : form_of(t, start, c->n);
    if (form == NULL || (all_capitals && kp_has_upper(form, PyUnicode_GET_LENGTH(form)))) {
        return form;
    }
    PyObject *lower = PyObject_CallMethodNoArgs(form, kp_lower);
    Py_DECREF(form);
    return lower;
}

/* The `count` best candidates, none a stretch of another, as their surface forms. */
PyObject *
kp_choose(Tally *t, Py_ssize_t count)
{
    PyObject *out = PyList_New(0);
    Py_ssize_t *heap = PyMem_Malloc(((size_t)t->n_candidates + 1) * sizeof(Py_ssize_t));
    Py_ssize_t *chosen = PyMem_Malloc(((size_t)(count > 0 ? count : 0) + 1) * sizeof(Py_ssize_t));
    Py_ssize_t size = t->n_candidates, n_chosen = 0;
    if (out == NULL || heap == NULL || chosen == NULL) {
        if (out != NULL) {
            PyErr_NoMemory();
        }
        goto fail;
    }
    for (Py_ssize_t c = 0; c < size; c++) {
        Candidate *candidate = &t->candidates[c];
        double weights[MAX_WORDS] = {0.0, 0.0, 0.0};
        for (Py_ssize_t i = 0; i < candidate->n; i++) {
            weights[i] = t->weights[candidate->ids[i]];
        }
        /* Python's order of operations (keyphrases._scores_python). */
        double mean = python_sum(weights, candidate->n) / (double)candidate->n;
        candidate->score = ((double)candidate->count * mean) * (1.0 + 0.5 * (double)(candidate->n - 1));
        heap[c] = c;
    }
    for (Py_ssize_t i = size / 2 - 1; i >= 0; i--) {
        sift_down(t, heap, size, i);
    }
    while (size > 0 && n_chosen < count) {
        Py_ssize_t best = heap[0];
        heap[0] = heap[--size];
        sift_down(t, heap, size, 0);
        const Candidate *candidate = &t->candidates[best];
        int covered = 0;
        for (Py_ssize_t k = 0; k < n_chosen && !covered; k++) {
            const Candidate *other = &t->candidates[chosen[k]];
            covered = stretch_of(candidate, other) || stretch_of(other, candidate);
        }
        if (!covered) {
            chosen[n_chosen++] = best;
        }
    }
    if (PyErr_Occurred()) {
        goto fail; /* a failed comparison of stems */
    }
    for (Py_ssize_t k = 0; k < n_chosen; k++) {
        PyObject *phrase = surface(t, &t->candidates[chosen[k]]);
        if (phrase == NULL || PyList_Append(out, phrase) < 0) {
            Py_XDECREF(phrase);
            goto fail;
        }
        Py_DECREF(phrase);
    }
    PyMem_Free(heap);
    PyMem_Free(chosen);
    return out;
fail:
    Py_XDECREF(out);
    PyMem_Free(heap);
    PyMem_Free(chosen);
    return NULL;
}

