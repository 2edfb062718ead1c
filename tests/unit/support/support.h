/* Helpers shared by the unit tests. */
#ifndef INFEXT_TEST_SUPPORT_H
#define INFEXT_TEST_SUPPORT_H

#include <infext/infext.h>

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

/* Whole file as a NUL-terminated malloc'ed buffer; fails the test if it
 * cannot be read. `rel` is relative to tests/data. */
char *test_read_data(const char *rel, size_t *len);
char *test_read_path(const char *path, size_t *len);

/* Is there a file tests/data/<rel>? */
bool test_data_exists(const char *rel);

/* Compare `got` with tests/data/<rel>; 0 when equal. A difference is
 * printed (want, then got) and a missing file is written as <rel>.got for
 * review; both return 1, so a corpus can run every case and fail once. */
int test_compare_data(const char *rel, const char *got);

/* Sorted names of the entries of tests/data/<rel> (malloc'ed array of
 * malloc'ed strings, NULL-terminated). */
char **test_list_dir(const char *rel);
void test_free_list(char **names);

/* Encode an object (infext_free() the text); fails the test on error. */
char *test_encode(const infext_object *obj, infext_format format);

/* Decode the one document of tests/data/<rel> with the given
 * INFEXT_DECODE_* flags; fails the test, with the diagnostics, on error. */
infext_object *test_decode_data(const char *rel, unsigned int flags);

/* A growing NUL-terminated text; start with {0}, free(data) when done. */
typedef struct test_text {
    char *data;
    size_t len, cap;
} test_text;

/* Append s; fails the test when memory runs out. */
void test_text_put(test_text *t, const char *s);

/* Diagnostics rendered one per line as "TYPE|PATH|LINE:COL|MESSAGE". */
char *test_render_diags(const infext_diags *diags);

/* Decode text with default options; fails the test, with the diagnostics, if
 * that does not work. */
infext_object *test_decode_ok(const char *text);

/* Data-driven decoding: every tests/data/<area>/<case>/ holds an input file
 * (a name starting with "input"), an optional "options" file (lines
 * "max_depth 5", "max_alias_expansion 100", "max_string_length 8",
 * "max_document_size 64") and "expected": for each document read, its
 * status name, its diagnostics as test_render_diags() gives them, and, when
 * it decoded, the object as YAML. With as_stream the input is read with an
 * infext_reader, document after document; otherwise with infext_decode(). */
void test_decode_corpus(const char *area, int as_stream);

#endif
