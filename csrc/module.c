/* summarizer._speedups: compiled twins of the per-token front end (see summarizer/speedups.py).
 *
 * Each function of it returns exactly what its pure-Python twin returns (tests/test_speedups.py checks
 * them against each other on the seeds and on generated text). They save the interpreter's work per
 * token: the strings and the lists are equal to those the Python path builds (a word seen before is
 * the same str object again: tokens.c keeps one per distinct word).
 *
 *   words(text)                    language._words_python: the matches of \w+(?:[-'’.,]\w+)*
 *   terms(table, words)            Lexicon.terms: the non-empty table values of the words
 *   pieces(table, words)           Lexicon.stems: the table's tuples of the words, concatenated
 *   codes(documents, vocabulary)   the vocabulary index of every token, as int64 bytes (a bytearray)
 *   chunk_codes(tables, articles, concatenate, titles)
 *                                  vectorize._chunk_codes_python: terms or stems of many articles coded
 *                                  by per-article vocabularies in one pass: each vocabulary's keys in
 *                                  first-seen order (lists), the columns, the sentence lengths and the
 *                                  titles' columns (int64 bytes)
 *   keyphrases(sentences, chunks, count)  keyphrases._keyphrases_python
 *   sentence_spans(text, ...)      segment._spans_python (with _unglue)
 *   sentence_objects(text, paragraphs, rules, article, cls, fields)
 *                                  segment._sentence_objects_python: each sentence's text, paragraph,
 *                                  span and words, as document.Sentence objects
 *   text_flags(texts, tail, closes, quotes, linkers)
 *                                  rank.default.signals._text_flags_python: the quote, linker and
 *                                  unpunctuated signals of every sentence
 *
 * Sources: tokens.c (words to codes), tables.c (a new word's values, made in C), keyphrases.c (with
 * keyphrases_tally.c, keyphrases_choose.c and keyphrases_fill.c), segment.c and glue.c (rule 7),
 * text_flags.c, module.c (this).
 *
 * A "table" is a dict, or a dict subclass with __missing__ (summarizer.language.WordTable): a present
 * key costs one dict lookup; a missing one is made in C when the table has a recipe (the lexicon's
 * and the keyphrases' tables: tables.c), else it goes through the subclass as in Python.
 */
#include "speedups.h"

static PyMethodDef methods[] = {
    {"words", sp_words, METH_O, "The words of a text: the matches of \\w+(?:[-'\u2019.,]\\w+)* in order."},
    {"terms", (PyCFunction)(void (*)(void))sp_terms, METH_FASTCALL, "terms(table, words): the non-empty table[w], in order."},
    {"pieces", (PyCFunction)(void (*)(void))sp_pieces, METH_FASTCALL, "pieces(table, words): the table[w] tuples, concatenated."},
    {"codes", (PyCFunction)(void (*)(void))sp_codes, METH_FASTCALL,
     "codes(documents, vocabulary): vocabulary[token] of every token in order, as int64 bytes."},
    {"chunk_codes", (PyCFunction)(void (*)(void))sp_chunk_codes, METH_FASTCALL,
     "chunk_codes(tables, articles, concatenate, titles): per-article vocabulary keys, columns, sentence lengths and "
     "title columns."},
    {"keyphrases", (PyCFunction)(void (*)(void))sp_keyphrases, METH_FASTCALL,
     "keyphrases(sentences, chunks, count): the count best keyphrases of the sentences, best first."},
    {"sentence_spans", sp_sentence_spans, METH_VARARGS,
     "sentence_spans(text, start, end, rules): the sentence spans of text[start:end]."},
    {"sentence_objects", sp_sentence_objects, METH_VARARGS,
     "sentence_objects(text, paragraphs, rules, article, cls, fields): the sentences as instances of cls."},
    {"text_flags", (PyCFunction)(void (*)(void))sp_text_flags, METH_FASTCALL,
     "text_flags(texts, tail, closes, quotes, linkers): the quote, linker and unpunctuated signals, as float64 bytes."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "summarizer._speedups",
    .m_doc = "Compiled twins of the per-token front end; summarizer.speedups says which path runs.",
    .m_size = 0,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit__speedups(void)
{
    if (sp_keyphrases_init() < 0 || sp_tables_init() < 0) {
        return NULL;
    }
    return PyModule_Create(&module);
}
