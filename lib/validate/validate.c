/* infext_validate(): the order of the passes and the verdict. */
#include "validate/validate_int.h"
#include "validate/epc_dialect.h"
#include "types/bundle_int.h"
#include "util/diag.h"
#include "infext/convert.h"
#include "infext/object.h"

#include <stdint.h>
#include <string.h>

INFEXT_API infext_status infext_validate_options_init(infext_validate_options *opts, unsigned int version)
{
    if (!opts || version < 1 || version > INFEXT_VALIDATE_OPTIONS_VERSION) return INFEXT_EINVAL;
    /* a version-1 caller's struct ends before `bundle` */
    opts->version = version;
    opts->flags = 0;
    opts->extra_feature_gates = NULL;
    if (version >= 2) opts->bundle = INFEXT_BUNDLE_NEWEST;
    return INFEXT_OK;
}

/* Whether the entries the decoder added for the object's type errors are
 * still in `diags`: the list they went to, not cleared since, and as long.
 * Only the list's identity and length are looked at, never its entries,
 * which may belong to other documents. */
static bool decoder_listed(const infext__extra *x, const infext_diags *diags)
{
    return x && x->type_errors && diags && x->reported_to == diags && x->reported_epoch == diags->epoch &&
           diags->len >= x->reported_mark;
}

/* One pass of every check over `subject`. */
static void run(infext__vctx *ctx, const void *subject)
{
    const infext__hdr *h = subject;
    infext__vwalk_struct(ctx, subject);
    if (ctx->probing && ctx->needs_defaults) return;
    if (infext__epc_is_config(subject)) infext__vcheck_epc(ctx, subject);
    /* A CRD without rules has no CEL validator, so nothing is skipped. */
    if (!infext__vkind_has_rules(h->desc)) return;
    if (!ctx->blocking)
        infext__vrules_struct(ctx, subject);
    else /* field.Invalid(nil, nil, ...): root path, the value null */
        infext__vreport(ctx, INFEXT_ERR_INVALID,
                        "Invalid value: null: some validation rules were not checked because the object "
                        "was invalid; correct the existing errors to complete validation");
}

static void start(infext__vctx *ctx, infext_diags *diags, bool earlier)
{
    ctx->diags = diags;
    ctx->depth = 0;
    ctx->rendered_depth = SIZE_MAX;
    ctx->errors = 0;
    ctx->blocking = earlier;
    ctx->needs_defaults = false;
}

/* A kind the bundle does not serve gets the server's one answer:
 * INFEXT_EVALIDATION, INFEXT_OK to go on, or the failure. */
static infext_status check_served(const infext_object *obj, infext_bundle bundle, infext_diags *diags)
{
    const infext__hdr *h = (const infext__hdr *)obj;
    infext_status served = infext__bundle_check_kind(obj, bundle, diags);
    if (served != INFEXT_EKIND) return served;
    /* The server looks the kind up before it reads the body: it reports
     * no type error of a kind it does not serve. The decoder's entries for
     * this object, while still in the list, are withdrawn. */
    if (decoder_listed(h->extra, diags)) infext__diags_remove(diags, h->extra->reported_first, h->extra->reported_mark);
    return INFEXT_EVALIDATION;
}

static void release(infext__vctx *ctx)
{
    infext__vpattern_release(ctx);
    infext__buf_reset(&ctx->path);
}

INFEXT_API infext_status infext_validate(const infext_object *obj, const infext_validate_options *opts,
                                         infext_diags *diags)
{
    if (!obj) return INFEXT_EINVAL;
    if (opts && (opts->version < 1 || opts->version > INFEXT_VALIDATE_OPTIONS_VERSION)) return INFEXT_EINVAL;
    const infext__hdr *h = (const infext__hdr *)obj;
    if (!h->desc || !h->desc->kind) return INFEXT_EINVAL;

    infext_bundle bundle = opts && opts->version >= 2 ? opts->bundle : INFEXT_BUNDLE_NEWEST;
    if (!infext__bundle_bit(bundle)) return INFEXT_EINVAL;
    infext_status served = check_served(obj, bundle, diags);
    if (served != INFEXT_OK) return served;

    infext__vpatterns_ready();
    infext__vctx ctx;
    memset(&ctx, 0, sizeof ctx);
    infext__buf_init(&ctx.path, INFEXT__BUF_MAX_TEXT);
    ctx.root = obj;
    ctx.bundle = bundle;
    ctx.bundle_bit = infext__bundle_bit(bundle);
    ctx.flags = opts ? opts->flags : 0;
    ctx.extra_gates = opts ? opts->extra_feature_gates : NULL;
    /* Values of the wrong type the decoder dropped count as blocking
     * errors, as they do on the server; the object says whether there were
     * any, the caller's list (which may hold anything) is not read. */
    bool earlier = h->extra && h->extra->type_errors;
    ctx.decoder_listed = decoder_listed(h->extra, diags);

    /* The server validates what it would store: the object after defaulting.
     * Most objects arrive complete, so a first, silent pass over the input
     * looks for a CRD default that would apply (an absent field with a
     * default in an object that is there: the only place a structural
     * default lands) and settles a valid object without a copy. Otherwise
     * defaults go to a copy, as infext_default() applies them; the copy has
     * no source positions, but the paths are the same, so positions come
     * from the original. The endpoint picker's loader defaults are not in
     * the schema, so an EndpointPickerConfig is always copied. */
    const void *subject = obj;
    infext_object *defaulted = NULL;
    bool epc = infext__epc_is_config(obj);
    if (!(ctx.flags & INFEXT_VALIDATE_NO_DEFAULTS)) {
        bool copy = epc;
        if (!epc) {
            start(&ctx, NULL, earlier);
            ctx.probing = true;
            run(&ctx, obj);
            ctx.probing = false;
            copy = ctx.needs_defaults;
            if (!copy && !ctx.errors && !earlier && !ctx.oom) {
                release(&ctx);
                return INFEXT_OK;
            }
        }
        if (copy) {
            infext_default_options dopts = INFEXT_DEFAULT_OPTIONS_INIT;
            dopts.bundle = bundle;
            if (infext_object_clone(&defaulted, obj) != INFEXT_OK ||
                infext_default_with_options(defaulted, &dopts, NULL) != INFEXT_OK) {
                infext_object_free(defaulted);
                release(&ctx);
                return INFEXT_ENOMEM;
            }
            subject = defaulted;
        }
    }
    start(&ctx, diags, earlier);
    run(&ctx, subject);
    infext_object_free(defaulted);
    release(&ctx);
    if (ctx.oom || (diags && diags->oom)) return INFEXT_ENOMEM;
    return ctx.errors || earlier ? INFEXT_EVALIDATION : INFEXT_OK;
}
