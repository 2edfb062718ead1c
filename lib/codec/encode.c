/* The encoders' front door: options, one object or a stream, in JSON
 * (json_encode.c) or YAML (yaml_encode.c). */
#include "codec/encode.h"
#include "types/schema.h"

INFEXT_API infext_status infext_encode_options_init(infext_encode_options *opts, unsigned int version)
{
    if (!opts || version == 0 || version > INFEXT_ENCODE_OPTIONS_VERSION) return INFEXT_EINVAL;
    infext_encode_options def = INFEXT_ENCODE_OPTIONS_INIT;
    *opts = def;
    opts->version = version;
    return INFEXT_OK;
}

static infext_status encode_into(infext__buf *out, const infext_object *obj, const infext_encode_options *opts)
{
    const infext__hdr *h = (const infext__hdr *)obj;
    if (!h->desc || !h->desc->kind) return INFEXT_EINVAL;
    if (opts && opts->format == INFEXT_FORMAT_YAML) {
        infext__yaml_write_object(out, obj);
    } else {
        infext__json_write_object(out, obj, opts && (opts->flags & INFEXT_ENCODE_PRETTY));
    }
    return infext__buf_status(out);
}

static int options_ok(const infext_encode_options *opts)
{
    return !opts || (opts->version >= 1 && opts->version <= INFEXT_ENCODE_OPTIONS_VERSION);
}

INFEXT_API infext_status infext_object_encode(char **out, size_t *out_len, const infext_object *obj,
                                              const infext_encode_options *opts)
{
    if (!out || !obj || !options_ok(opts)) return INFEXT_EINVAL;
    *out = NULL;
    infext__buf b = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    infext_status st = encode_into(&b, obj, opts);
    if (st != INFEXT_OK) {
        infext__buf_reset(&b);
        return st;
    }
    *out = infext__buf_detach(&b, out_len);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}

INFEXT_API infext_status infext_encode_stream(char **out, size_t *out_len, infext_object *const *objs,
                                              size_t count, const infext_encode_options *opts)
{
    if (!out || (!objs && count) || !options_ok(opts)) return INFEXT_EINVAL;
    *out = NULL;
    int yaml = opts && opts->format == INFEXT_FORMAT_YAML;
    infext__buf b = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    for (size_t i = 0; i < count; i++) {
        if (!objs[i]) {
            infext__buf_reset(&b);
            return INFEXT_EINVAL;
        }
        if (yaml && i) infext__buf_append(&b, "---\n", 4);
        infext_status st = encode_into(&b, objs[i], opts);
        if (st != INFEXT_OK) {
            infext__buf_reset(&b);
            return st;
        }
        if (!yaml) infext__buf_putc(&b, '\n');
    }
    *out = infext__buf_detach(&b, out_len);
    return *out ? INFEXT_OK : INFEXT_ENOMEM;
}
