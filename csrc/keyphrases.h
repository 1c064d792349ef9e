/* Shared by the sources of the keyphrase twin: keyphrases.c (reading the sentences),
 * keyphrases_tally.c (stems, candidates, weights) and keyphrases_choose.c (scores, order, phrases). */
#ifndef SUMMARIZER_KEYPHRASES_H
#define SUMMARIZER_KEYPHRASES_H

#include "speedups.h"

#define MAX_WORDS 3 /* keyphrases._MAX_WORDS */
#define CACHED_CHUNK_CHARS 64 /* keyphrases._CACHED_CHUNK_CHARS: longer chunks are not kept */

typedef struct {
    Py_ssize_t ids[MAX_WORDS]; /* stem ids; -1 past n */
    Py_ssize_t n;
    Py_ssize_t count;       /* occurrences */
    Py_ssize_t first, last; /* its occurrences, a list linked through Occurrence.next */
    double score;
} Candidate;

typedef struct {
    Py_ssize_t start; /* of its words in Tally.words */
    Py_ssize_t next;  /* the candidate's next occurrence, or -1 */
} Occurrence;

/* An open-addressing table of indices (-1: empty) whose capacity is a power of two. */
typedef struct {
    Py_ssize_t *slots;
    size_t mask;
} Index;

/* What one call has read: stems by id, the content words in order, the candidates. */
typedef struct {
    PyObject **stems; /* owned */
    Py_hash_t *hashes;
    double *weights;
    Py_ssize_t n_stems, cap_stems;
    Index stem_index;
    PyObject **words; /* owned */
    Py_ssize_t *word_stems;
    Py_ssize_t n_words, cap_words;
    Candidate *candidates;
    Py_ssize_t n_candidates, cap_candidates;
    Index candidate_index;
    Occurrence *occurrences;
    Py_ssize_t n_occurrences, cap_occurrences;
    double early; /* the weight of an occurrence in the sentence being read */
} Tally;

/* keyphrases_tally.c */
int kp_tally_init(Tally *t);
void kp_tally_free(Tally *t);
int kp_add_word(Tally *t, PyObject *piece);
int kp_end_run(Tally *t, Py_ssize_t start, Py_ssize_t end);
int kp_same_string(PyObject *a, PyObject *b);
int kp_has_upper(PyObject *word, Py_ssize_t upto);

/* keyphrases_choose.c */
PyObject *kp_choose(Tally *t, Py_ssize_t count);

/* keyphrases.c: interned when the module loads */
extern PyObject *kp_space, *kp_lower;

#endif
