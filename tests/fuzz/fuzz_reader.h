/* The loop the object-level fuzz targets share: read every document of the
 * input the way the tools do (unknown members kept, wrong types recorded,
 * positions on) and hand each object that decodes to a check, which
 * aborts on a broken property. */
#ifndef INFEXT_FUZZ_READER_H
#define INFEXT_FUZZ_READER_H

#include <infext/infext.h>

#include <stddef.h>
#include <stdint.h>

static inline void fuzz_each_object(const uint8_t *data, size_t size, void (*check)(const infext_object *obj))
{
    infext_decode_options opts = INFEXT_DECODE_OPTIONS_INIT;
    opts.unknown = INFEXT_UNKNOWN_PRESERVE;
    opts.flags = INFEXT_DECODE_KEEP_GOING | INFEXT_DECODE_POSITIONS;
    opts.max_document_size = 1 << 20;
    infext_reader *reader = NULL;
    if (infext_reader_new(&reader, (const char *)data, size, &opts) != INFEXT_OK) return;
    /* after a document that cannot be read the reader reports the end */
    for (int guard = 0; guard < 1000; guard++) {
        infext_object *obj = NULL;
        infext_status st = infext_reader_next(&obj, reader, NULL);
        if (st == INFEXT_OK && !obj) break;
        if (!obj) continue;
        check(obj);
        infext_object_free(obj);
    }
    infext_reader_free(reader);
}

#endif
