#pragma once
// The server's data directory: the encrypted store and the 0600 key file that unlocks it.

#include "custos/core/result.h"
#include "custos/storage/storage.h"

#include <cstdint>
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
/// saying what to do. `maxBytes` caps the database file (0: no cap; see SqlCipherStorage::open).
[[nodiscard]] Result<std::unique_ptr<storage::Storage>>
openStore(const std::string& dir, bool create, std::int64_t maxBytes = 0);

/// Writes a consistent, encrypted copy of the store (same key) to `target`, safe while custosd
/// runs; the copy is checked (it opens and passes an integrity check) before success is
/// reported.
[[nodiscard]] Status backup(const std::string& dir, const std::string& target);

/// Replaces the store with a backup after checking that it opens with this data directory's key
/// and passes an integrity check. The replaced database is kept beside it (custos.db.replaced-
/// TIME), never deleted. Run it with custosd stopped.
[[nodiscard]] Result<std::string> restore(const std::string& dir, const std::string& source);

} // namespace custos::datadir
