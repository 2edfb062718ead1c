#include "support.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *test_read_path(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) fail_msg("cannot open %s", path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    buf[n] = '\0';
    if (len) *len = (size_t)n;
    return buf;
}

char *test_read_data(const char *rel, size_t *len)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", INFEXT_TEST_DATA, rel);
    return test_read_path(path, len);
}

bool test_data_exists(const char *rel)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", INFEXT_TEST_DATA, rel);
    FILE *f = fopen(path, "rb");
    if (f) fclose(f);
    return f != NULL;
}

int test_compare_data(const char *rel, const char *got)
{
    if (!test_data_exists(rel)) { /* a new case: show what it gives, for review */
        char path[4096];
        snprintf(path, sizeof path, "%s/%s.got", INFEXT_TEST_DATA, rel);
        FILE *f = fopen(path, "wb");
        if (f) fputs(got, f), fclose(f);
        fprintf(stdout, "%s is missing (wrote %s.got)\n", rel, rel);
        return 1;
    }
    char *want = test_read_data(rel, NULL);
    int differs = strcmp(want, got) != 0;
    if (differs) fprintf(stdout, "--- %s: want\n%s--- got\n%s---\n", rel, want, got);
    free(want);
    return differs;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char **test_list_dir(const char *rel)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", INFEXT_TEST_DATA, rel);
    DIR *d = opendir(path);
    if (!d) fail_msg("cannot open directory %s", path);
    size_t n = 0, cap = 16;
    char **names = malloc(cap * sizeof(char *));
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        if (n + 1 >= cap) names = realloc(names, (cap *= 2) * sizeof(char *));
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof(char *), cmp_names);
    names[n] = NULL;
    return names;
}

void test_free_list(char **names)
{
    for (char **p = names; *p; p++) free(*p);
    free(names);
}

void test_text_put(test_text *t, const char *s)
{
    size_t n = strlen(s);
    while (t->len + n + 1 > t->cap) {
        t->cap = t->cap ? t->cap * 2 : 1024;
        t->data = realloc(t->data, t->cap);
        assert_non_null(t->data);
    }
    memcpy(t->data + t->len, s, n + 1);
    t->len += n;
}

char *test_render_diags(const infext_diags *diags)
{
    size_t cap = 256, len = 0;
    char *out = malloc(cap);
    out[0] = '\0';
    for (size_t i = 0; i < infext_diags_count(diags); i++) {
        const infext_diag *d = infext_diags_at(diags, i);
        char line[8192];
        int n = snprintf(line, sizeof line, "%s|%s|%u:%u|%s\n", infext_error_type_id(infext_diag_type(d)),
                         infext_diag_path(d), infext_diag_line(d), infext_diag_column(d),
                         infext_diag_message(d));
        if (n < 0) continue;
        while (len + (size_t)n + 1 > cap) out = realloc(out, cap *= 2);
        memcpy(out + len, line, (size_t)n + 1);
        len += (size_t)n;
    }
    return out;
}

char *test_encode(const infext_object *obj, infext_format format)
{
    infext_encode_options eo = INFEXT_ENCODE_OPTIONS_INIT;
    eo.format = format;
    char *text = NULL;
    assert_int_equal(infext_object_encode(&text, NULL, obj, &eo), INFEXT_OK);
    return text;
}

infext_object *test_decode_data(const char *rel, unsigned int flags)
{
    char *text = test_read_data(rel, NULL);
    infext_diags *diags = NULL;
    assert_int_equal(infext_diags_new(&diags), INFEXT_OK);
    infext_decode_options opts = INFEXT_DECODE_OPTIONS_INIT;
    opts.flags = flags;
    infext_object *obj = NULL;
    infext_status st = infext_decode(&obj, text, strlen(text), &opts, diags);
    if (st != INFEXT_OK) fail_msg("%s: %s\n%s", rel, infext_status_name(st), test_render_diags(diags));
    infext_diags_free(diags);
    free(text);
    return obj;
}
