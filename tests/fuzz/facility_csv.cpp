// Fuzz target: the facility CSV import (`custosctl facility import`): the RFC 4180 reader
// (parseCsv) and the importer's row parsing and checks (importFacilitiesCsv), against a real,
// temporary SQLCipher store. A successful import writes facilities; the store is replaced by a
// fresh one every 200 successful imports so it does not grow without bound.
#include "custos/admin/csv.h"
#include "custos/admin/reference_data.h"
#include "custos/datadir/data_dir.h"

#include "fuzz_support.h"

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

namespace {

struct World {
    std::string dir;
    std::unique_ptr<custos::storage::Storage> store;
    int imports = 0;
    int generation = 0;

    void reopen() {
        store.reset();
        const std::string data = dir + "/data" + std::to_string(generation++);
        auto opened = custos::datadir::openStore(data, true);
        if (!opened)
            std::abort();
        store = std::move(opened).value();
        imports = 0;
    }
};

World& world() {
    static World w = [] {
        World fresh;
        fresh.dir = custos::fuzz::scratchDir("csv");
        fresh.reopen();
        return fresh;
    }();
    return w;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 64 * 1024)
        return -1;
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    // The reader on its own: line numbers start at 1 and never go back.
    if (auto records = custos::admin::parseCsv(text)) {
        int last = 0;
        for (const auto& r : *records) {
            if (r.line < 1 || r.line < last)
                std::abort();
            last = r.line;
        }
    }

    // The whole import, as custosctl runs it, from a file.
    World& w = world();
    const std::string path = w.dir + "/facilities.csv";
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
    }
    std::ostringstream problems;
    auto imported = custos::admin::importFacilitiesCsv(*w.store, path, problems);
    if (imported && *imported > 0 && ++w.imports >= 200)
        w.reopen();
    return 0;
}
