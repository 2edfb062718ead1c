/* Bundles: their names, and which kinds and fields each has (the masks the
 * generator writes into the descriptor tables from the schema's since/until). */
#include "types/bundle_int.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/table.h"

#include <string.h>

static const infext__bundle_desc *bundle_desc(infext_bundle bundle)
{
    if (bundle == INFEXT_BUNDLE_NEWEST) return &infext__bundles[infext__n_bundles - 1];
    if ((size_t)bundle > infext__n_bundles || (int)bundle < 0) return NULL;
    return &infext__bundles[bundle - 1];
}

uint8_t infext__bundle_bit(infext_bundle bundle)
{
    const infext__bundle_desc *b = bundle_desc(bundle);
    return b ? (uint8_t)(1u << (b->bundle - 1)) : 0;
}

INFEXT_API const char *infext_bundle_name(infext_bundle bundle)
{
    const infext__bundle_desc *b = bundle_desc(bundle);
    return b ? b->name : NULL;
}

INFEXT_API const char *infext_bundle_changes(infext_bundle bundle)
{
    const infext__bundle_desc *b = bundle_desc(bundle);
    return b ? b->changes : NULL;
}

INFEXT_API infext_status infext_bundle_parse(infext_bundle *out, const char *name)
{
    if (!out || !name) return INFEXT_EINVAL;
    if (!strcmp(name, "newest")) {
        *out = INFEXT_BUNDLE_NEWEST;
        return INFEXT_OK;
    }
    size_t i = INFEXT__TABLE_INDEX(infext__bundles, infext__n_bundles, infext__bundle_desc, name);
    if (i == SIZE_MAX) return INFEXT_ENOTFOUND;
    *out = infext__bundles[i].bundle;
    return INFEXT_OK;
}

INFEXT_API bool infext_bundle_serves(infext_bundle bundle, infext_kind kind)
{
    const infext__kind_desc *k = infext__kind_by_id(kind);
    return k && (k->bundles & infext__bundle_bit(bundle)) != 0;
}

infext_status infext__bundle_check_kind(const void *obj, infext_bundle bundle, infext_diags *diags)
{
    const infext__kind_desc *kind = ((const infext__hdr *)obj)->desc->kind;
    uint8_t bit = infext__bundle_bit(bundle);
    if (!bit) return INFEXT_EINVAL;
    if (kind->bundles & bit) return INFEXT_OK;
    /* The API server's answer (a REST mapping that does not exist), then
     * where the kind can be had instead. */
    infext__buf msg = INFEXT__BUF_INIT(INFEXT__BUF_MAX_TEXT);
    infext__buf_printf(&msg, "no matches for kind \"%s\" in version \"%s\"; hint: bundle %s does not serve it, ",
                       kind->kind_name, kind->api_version, infext_bundle_name(bundle));
    size_t n = 0;
    for (size_t i = 0; i < infext__n_bundles; i++) n += (kind->bundles >> i) & 1u;
    const char *sep = n == 1 ? "bundle " : "bundles ";
    for (size_t i = 0; i < infext__n_bundles; i++)
        if (kind->bundles & (1u << i)) {
            infext__buf_printf(&msg, "%s%s", sep, infext__bundles[i].name);
            sep = ", ";
        }
    infext__buf_puts(&msg, n == 1 ? " does" : " do");
    for (size_t i = 0; i < infext__n_kinds; i++) {
        const infext__kind_desc *other = &infext__kinds[i];
        if (other != kind && (other->bundles & bit) && !strcmp(other->kind_name, kind->kind_name)) {
            infext__buf_printf(&msg, "; infext convert --to %s gives the version it serves", other->api_version);
            break;
        }
    }
    infext__pos pos = {0, 0};
    infext__path_position(&pos, obj, "");
    infext_status rc = msg.failed ? INFEXT_ENOMEM
                                  : infext__diag_addf(diags, INFEXT_SEVERITY_ERROR, INFEXT_ERR_NOT_SUPPORTED, "",
                                                      pos.line, pos.column, "%s", msg.data);
    infext__buf_reset(&msg);
    return rc == INFEXT_OK ? INFEXT_EKIND : rc;
}
