/* Helpers shared by the unit tests. */
#ifndef INFEXT_TEST_SUPPORT_H
#define INFEXT_TEST_SUPPORT_H

#include <infext/infext.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

/* Whole file as a NUL-terminated malloc'ed buffer; fails the test if it
 * cannot be read. `rel` is relative to tests/data. */
char *test_read_data(const char *rel, size_t *len);
char *test_read_path(const char *path, size_t *len);

/* Sorted names of the entries of tests/data/<rel> (malloc'ed array of
 * malloc'ed strings, NULL-terminated). */
char **test_list_dir(const char *rel);
void test_free_list(char **names);

/* Diagnostics rendered one per line as "TYPE|PATH|LINE:COL|MESSAGE". */
char *test_render_diags(const infext_diags *diags);

#endif
