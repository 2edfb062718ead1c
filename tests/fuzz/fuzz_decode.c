/* Fuzz target for every decoder (JSON, YAML, streams): nothing may crash or
 * leak, and whatever decodes must survive a round trip through both
 * encoders unchanged. Built for libFuzzer with -DINFEXT_FUZZ=ON (clang), and
 * always as an ordinary test that replays the committed corpus. */
#include <infext/infext.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_roundtrip(const infext_object *obj)
{
    for (int fmt = INFEXT_FORMAT_JSON; fmt <= INFEXT_FORMAT_YAML; fmt++) {
        infext_encode_options eo = INFEXT_ENCODE_OPTIONS_INIT;
        eo.format = (infext_format)fmt;
        char *text = NULL;
        size_t len = 0;
        if (infext_object_encode(&text, &len, obj, &eo) != INFEXT_OK) abort();
        infext_decode_options dopts = INFEXT_DECODE_OPTIONS_INIT;
        dopts.unknown = INFEXT_UNKNOWN_PRESERVE;
        infext_object *again = NULL;
        if (infext_decode(&again, text, len, &dopts, NULL) != INFEXT_OK) abort();
        if (!infext_object_equal(obj, again)) abort();
        infext_object_free(again);
        infext_free(text);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    infext_diags *diags = NULL;
    if (infext_diags_new(&diags) != INFEXT_OK) return 0;
    infext_decode_options opts = INFEXT_DECODE_OPTIONS_INIT;
    opts.unknown = INFEXT_UNKNOWN_PRESERVE;
    opts.flags = INFEXT_DECODE_KEEP_GOING;
    opts.max_document_size = 1 << 20;
    infext_reader *reader = NULL;
    if (infext_reader_new(&reader, (const char *)data, size, &opts) == INFEXT_OK) {
        for (int guard = 0; guard < 1000; guard++) {
            infext_object *obj = NULL;
            infext_status st = infext_reader_next(&obj, reader, diags);
            for (size_t i = 0; i < infext_diags_count(diags); i++) {
                char *line = NULL;
                if (infext_diag_format(&line, infext_diags_at(diags, i)) == INFEXT_OK) infext_free(line);
            }
            infext_diags_clear(diags);
            if (st == INFEXT_OK && !obj) break;
            if (obj) {
                check_roundtrip(obj);
                infext_object_free(obj);
            }
        }
        infext_reader_free(reader);
    }
    infext_object *one = NULL;
    if (infext_decode(&one, (const char *)data, size, NULL, diags) == INFEXT_OK) infext_object_free(one);
    infext_diags_free(diags);
    return 0;
}
