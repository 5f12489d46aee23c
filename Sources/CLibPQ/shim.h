#ifndef FORTRESS_SEED_CLIBPQ_SHIM_H
#define FORTRESS_SEED_CLIBPQ_SHIM_H
#include <libpq-fe.h>
#endif
