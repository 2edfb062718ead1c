/* Keeps the support library non-empty. */
typedef int infext_test_support_keep;
