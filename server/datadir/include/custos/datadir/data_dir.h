#pragma once
// The server's data directory: the encrypted store and the 0600 key file that unlocks it.

#include "custos/core/result.h"
#include "custos/storage/storage.h"

#include <memory>
#include <string>

namespace custos::datadir {

/// Paths inside a data directory.
struct Layout {
    std::string dir;
    [[nodiscard]] std::string databasePath() const { return dir + "/custos.db"; }
    [[nodiscard]] std::string keyPath() const { return dir + "/custos.key"; }
};

/// Opens the embedded store in dir. With create, makes the directory (0700) and a fresh random
/// key file (0600) on first use. Refuses a key file that others can read, a missing key, a key
/// that does not open the database, and a database from a newer Custos, each with a sentence
/// saying what to do.
[[nodiscard]] Result<std::unique_ptr<storage::Storage>> openStore(const std::string& dir,
                                                                  bool create);

} // namespace custos::datadir
