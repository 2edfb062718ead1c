/* A program built against an installed libinfext: reads a pool and prints
 * its EPP service. */
#include <infext/infext.h>

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    if (argc != 2) return 2;
    FILE *f = fopen(argv[1], "rb");
    if (!f) return 2;
    static char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    infext_v1_inference_pool *pool = NULL;
    infext_status st = infext_v1_inference_pool_decode(&pool, buf, n, NULL, NULL);
    if (st != INFEXT_OK) {
        fprintf(stderr, "decode: %s\n", infext_strerror(st));
        return 1;
    }
    infext_v1_endpoint_picker_ref *ref =
        infext_v1_inference_pool_spec_get_endpoint_picker_ref(infext_v1_inference_pool_get_spec(pool));
    printf("libinfext %s: endpoint picker %s\n", infext_version(), infext_v1_endpoint_picker_ref_get_name(ref));
    infext_v1_inference_pool_free(pool);
    return 0;
}
