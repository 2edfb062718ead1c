/* YAML codec benchmark: our decode (+free) and encode of each YAML sample
 * beside libyaml's bare event parse (a yaml_parser_parse loop) and bare
 * emitter (emitting the parse's own event stream) on the same input, in the
 * same run; then the billion-laughs document: time to fail and peak heap.
 * Prints ns per operation and the ratios. Never a test. */
#include "bench_count.h"

#include <infext/infext.h>

#include <string.h>
#include <yaml.h>

#if defined(__GLIBC__)
/* Peak heap: every malloc of the process (libyaml's included) goes through
 * these wrappers, which count the usable size of live blocks. */
#include <malloc.h>

extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t count, size_t size);
extern void *__libc_realloc(void *ptr, size_t size);
extern void __libc_free(void *ptr);

/* Counting is on only around the measured call, so that it does not slow
 * the timed runs; a block freed then that was allocated before only makes
 * the figure smaller. */
static int heap_counting;
static long long heap_live, heap_peak;

static void *counted(void *p)
{
    if (p && heap_counting) {
        heap_live += (long long)malloc_usable_size(p);
        if (heap_live > heap_peak) heap_peak = heap_live;
    }
    return p;
}

void *malloc(size_t size) { return counted(__libc_malloc(size)); }
void *calloc(size_t count, size_t size) { return counted(__libc_calloc(count, size)); }
void free(void *ptr)
{
    if (ptr && heap_counting) heap_live -= (long long)malloc_usable_size(ptr);
    __libc_free(ptr);
}
void *realloc(void *ptr, size_t size)
{
    if (ptr && heap_counting) heap_live -= (long long)malloc_usable_size(ptr);
    return counted(__libc_realloc(ptr, size));
}
#define HEAP_COUNTED 1
#else
static int heap_counting;
static long long heap_live, heap_peak;
#define HEAP_COUNTED 0
#endif

/* The parsed events of a sample, to emit again. */
typedef struct events {
    yaml_event_t *items;
    size_t len;
} events;

static void op_libyaml_parse(const char *data, size_t len, void *ctx)
{
    (void)ctx;
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
    for (;;) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&parser, &ev)) break;
        int end = ev.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&ev);
        if (end) break;
    }
    yaml_parser_delete(&parser);
}

static void op_infext_decode(const char *data, size_t len, void *ctx)
{
    (void)ctx;
    infext_reader *r = NULL;
    if (infext_reader_new(&r, data, len, NULL) != INFEXT_OK) return;
    for (;;) {
        infext_object *obj = NULL;
        if (infext_reader_next(&obj, r, NULL) != INFEXT_OK || !obj) break;
        infext_object_free(obj);
    }
    infext_reader_free(r);
}

static int ok_libyaml_parse(const char *data, size_t len)
{
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
    int ok = 0;
    for (;;) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&parser, &ev)) break;
        int end = ev.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&ev);
        if (end) {
            ok = 1;
            break;
        }
    }
    yaml_parser_delete(&parser);
    return ok;
}

static int ok_infext_decode(const char *data, size_t len)
{
    infext_reader *r = NULL;
    if (infext_reader_new(&r, data, len, NULL) != INFEXT_OK) return 0;
    size_t docs = 0;
    infext_status st;
    for (;;) {
        infext_object *obj = NULL;
        st = infext_reader_next(&obj, r, NULL);
        if (st != INFEXT_OK || !obj) break;
        infext_object_free(obj);
        docs++;
    }
    infext_reader_free(r);
    return st == INFEXT_OK && docs > 0;
}

static int discard_output(void *data, unsigned char *buffer, size_t size)
{
    (void)buffer;
    *(size_t *)data += size;
    return 1;
}

/* The emitter owns and frees each event it takes, so every run builds its
 * events from the parsed ones, as any emitting program builds them. */
static int copy_event(yaml_event_t *out, const yaml_event_t *e)
{
    switch (e->type) {
    case YAML_STREAM_START_EVENT: return yaml_stream_start_event_initialize(out, YAML_UTF8_ENCODING);
    case YAML_STREAM_END_EVENT: return yaml_stream_end_event_initialize(out);
    case YAML_DOCUMENT_START_EVENT:
        return yaml_document_start_event_initialize(out, NULL, NULL, NULL, e->data.document_start.implicit);
    case YAML_DOCUMENT_END_EVENT: return yaml_document_end_event_initialize(out, e->data.document_end.implicit);
    case YAML_MAPPING_START_EVENT:
        return yaml_mapping_start_event_initialize(out, e->data.mapping_start.anchor, e->data.mapping_start.tag,
                                                   e->data.mapping_start.implicit, YAML_BLOCK_MAPPING_STYLE);
    case YAML_MAPPING_END_EVENT: return yaml_mapping_end_event_initialize(out);
    case YAML_SEQUENCE_START_EVENT:
        return yaml_sequence_start_event_initialize(out, e->data.sequence_start.anchor, e->data.sequence_start.tag,
                                                    e->data.sequence_start.implicit, YAML_BLOCK_SEQUENCE_STYLE);
    case YAML_SEQUENCE_END_EVENT: return yaml_sequence_end_event_initialize(out);
    case YAML_SCALAR_EVENT:
        return yaml_scalar_event_initialize(out, e->data.scalar.anchor, e->data.scalar.tag, e->data.scalar.value,
                                            (int)e->data.scalar.length, e->data.scalar.plain_implicit,
                                            e->data.scalar.quoted_implicit, e->data.scalar.style);
    case YAML_ALIAS_EVENT: return yaml_alias_event_initialize(out, e->data.alias.anchor);
    default: return 0;
    }
}

static void op_libyaml_emit(const char *data, size_t len, void *ctx)
{
    (void)data;
    (void)len;
    const events *evs = ctx;
    size_t written = 0;
    yaml_emitter_t emitter;
    yaml_emitter_initialize(&emitter);
    yaml_emitter_set_output(&emitter, discard_output, &written);
    yaml_emitter_set_unicode(&emitter, 1);
    yaml_emitter_set_width(&emitter, -1);
    for (size_t i = 0; i < evs->len; i++) {
        yaml_event_t ev;
        if (!copy_event(&ev, &evs->items[i]) || !yaml_emitter_emit(&emitter, &ev)) break;
    }
    yaml_emitter_delete(&emitter);
}

typedef struct objects {
    infext_object **items;
    size_t len;
} objects;

static void op_infext_encode(const char *data, size_t len, void *ctx)
{
    (void)data;
    (void)len;
    const objects *objs = ctx;
    infext_encode_options eo = INFEXT_ENCODE_OPTIONS_INIT;
    eo.format = INFEXT_FORMAT_YAML;
    char *text = NULL;
    infext_encode_stream(&text, NULL, objs->items, objs->len, &eo);
    infext_free(text);
}

static int load_events(events *evs, const char *data, size_t len)
{
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);
    size_t cap = 0;
    evs->items = NULL;
    evs->len = 0;
    for (;;) {
        if (evs->len == cap) evs->items = realloc(evs->items, (cap = cap ? cap * 2 : 256) * sizeof(yaml_event_t));
        if (!yaml_parser_parse(&parser, &evs->items[evs->len])) break;
        if (evs->items[evs->len++].type == YAML_STREAM_END_EVENT) break;
    }
    int ok = parser.error == YAML_NO_ERROR;
    yaml_parser_delete(&parser);
    return ok;
}

static int load_objects(objects *objs, const char *data, size_t len)
{
    infext_reader *r = NULL;
    objs->items = NULL;
    objs->len = 0;
    if (infext_reader_new(&r, data, len, NULL) != INFEXT_OK) return 0;
    for (;;) {
        infext_object *obj = NULL;
        infext_status st = infext_reader_next(&obj, r, NULL);
        if (st != INFEXT_OK) {
            infext_reader_free(r);
            return 0;
        }
        if (!obj) break;
        objs->items = realloc(objs->items, (objs->len + 1) * sizeof(*objs->items));
        objs->items[objs->len++] = obj;
    }
    infext_reader_free(r);
    return objs->len > 0;
}

/* Peak heap bytes of one call of op on data. */
static long long peak_heap(op_fn op, const char *data, size_t len)
{
    heap_live = heap_peak = 0;
    heap_counting = 1;
    op(data, len, NULL);
    heap_counting = 0;
    return heap_peak;
}

/* The document's failure: how long it takes and how much heap it needs
 * beyond libyaml's own parse of the same text. */
static infext_status report_bomb(const char *what, const char *data, size_t len)
{
    long long parse_peak = peak_heap(op_libyaml_parse, data, len);
    long long peak = peak_heap(op_infext_decode, data, len);
    infext_object *obj = NULL;
    infext_status st = infext_decode(&obj, data, len, NULL, NULL);
    infext_object_free(obj);
    double best = measure(op_infext_decode, data, len, NULL, 50);
    printf("%-34s %8zu %7s %10.0f", what, len, infext_status_name(st), best);
    if (HEAP_COUNTED)
        printf(" %9lld %9lld %9lld %7.1fx", peak, parse_peak, peak - parse_peak,
               (double)(peak - parse_peak) / (double)len);
    printf("\n");
    return st;
}

static int bench_billion_laughs(void)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/yaml/billion-laughs/input.yaml", INFEXT_TEST_DATA);
    size_t len = 0;
    char *data = read_file(path, &len);
    if (!data) {
        fprintf(stderr, "cannot read %s\n", path);
        return 1;
    }
    printf("\nbillion laughs (9^9 nodes if expanded; ns per failed decode, best of %d rounds; peak heap bytes)\n",
           ROUNDS);
    printf("%-34s %8s %7s %10s %9s %9s %9s %8s\n", "document", "bytes", "status", "ns", "heap", "yaml_heap", "ours",
           "x input");
    infext_status st = report_bomb("billion-laughs/input.yaml", data, len);
    /* Padding buys a bigger allowance of copied nodes: the memory it takes
     * stays proportional to the input. */
    static const char comment[] = "# padding padding padding padding padding padding padding padding\n";
    size_t pad = 1 << 20;
    char *padded = malloc(len + pad + 1);
    size_t n = 0;
    while (n + sizeof comment - 1 <= pad) {
        memcpy(padded + n, comment, sizeof comment - 1);
        n += sizeof comment - 1;
    }
    memcpy(padded + n, data, len + 1);
    infext_status st2 = report_bomb("the same after 1 MiB of comments", padded, n + len);
    free(padded);
    free(data);
    return st == INFEXT_ELIMIT && st2 == INFEXT_ELIMIT ? 0 : 1;
}

int main(int argc, char **argv)
{
    static const counted_op counted[] = {{"decode", op_infext_decode, ok_infext_decode},
                                         {"libyaml", op_libyaml_parse, ok_libyaml_parse}};
    int rc = count_mode(argc, argv, counted, sizeof counted / sizeof counted[0]);
    if (rc >= 0) return rc;
    static const char *const samples[] = {"pool-v1.yaml",
                                          "pool-v1alpha2.yaml",
                                          "epp-config.yaml",
                                          "v1.2.0-configloader-1.yaml",
                                          "v1.5.0-configloader-1.yaml",
                                          "v1.5.0-datalayer.yaml",
                                          "v1.5.0-default.yaml"};
    printf("YAML codec, time ratios (ns per operation, best of %d rounds)\n", ROUNDS);
    printf("%-28s %6s %10s %10s %7s %10s %10s %7s %9s %9s\n", "document", "bytes", "decode", "yaml_parse", "ratio",
           "encode", "yaml_emit", "ratio", "heap", "yaml_heap");
    double sum_decode = 0, sum_parse = 0, sum_encode = 0, sum_emit = 0;
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/samples/%s", INFEXT_TEST_DATA, samples[i]);
        size_t len = 0;
        char *data = read_file(path, &len);
        events evs;
        objects objs;
        if (!data || !load_events(&evs, data, len) || !load_objects(&objs, data, len)) {
            fprintf(stderr, "cannot read or decode %s\n", path);
            return 1;
        }
        int iters = len > 2000 ? 2000 : 8000;
        double parse = measure(op_libyaml_parse, data, len, NULL, iters);
        double decode = measure(op_infext_decode, data, len, NULL, iters);
        double emit = measure(op_libyaml_emit, data, len, &evs, iters);
        double encode = measure(op_infext_encode, data, len, &objs, iters);
        printf("%-28s %6zu %10.0f %10.0f %6.2fx %10.0f %10.0f %6.2fx %9lld %9lld\n", samples[i], len, decode, parse,
               decode / parse, encode, emit, encode / emit, peak_heap(op_infext_decode, data, len),
               peak_heap(op_libyaml_parse, data, len));
        sum_decode += decode;
        sum_parse += parse;
        sum_encode += encode;
        sum_emit += emit;
        for (size_t k = 0; k < evs.len; k++) yaml_event_delete(&evs.items[k]);
        free(evs.items);
        for (size_t k = 0; k < objs.len; k++) infext_object_free(objs.items[k]);
        free(objs.items);
        free(data);
    }
    printf("%-28s %6s %10.0f %10.0f %6.2fx %10.0f %10.0f %6.2fx\n", "all samples", "", sum_decode, sum_parse,
           sum_decode / sum_parse, sum_encode, sum_emit, sum_encode / sum_emit);
    printf("budget: decode <= 1.25x yaml_parse in instructions (ratios.sh counts them under callgrind; these times are noisy), encode <= 1.30x yaml_emit\n");
    return bench_billion_laughs();
}
