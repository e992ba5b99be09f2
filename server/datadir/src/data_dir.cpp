#include "custos/datadir/data_dir.h"

#include "custos/core/hlc.h"
#include "custos/service/secrets.h"
#include "custos/sqldb/database.h"
#include "sqlcipher_storage.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace custos::datadir {
namespace fs = std::filesystem;

namespace {

Status writeNewKey(const std::string& path) {
    const std::string key = service::newHexKey();
    // O_EXCL: never overwrite a key that exists; losing it would lose the database.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(ErrorCode::FailedPrecondition, "cannot create key file " + path);
    const auto written = ::write(fd, key.data(), key.size());
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (written != static_cast<ssize_t>(key.size()) || !synced)
        return makeError(ErrorCode::StorageFull, "cannot write key file " + path);
    return {};
}

Result<std::string> readKey(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0)
        return makeError(ErrorCode::FailedPrecondition,
                         "key file " + path +
                             " is missing; without it the database cannot be "
                             "opened (restore it from your backup)");
    if ((info.st_mode & 077) != 0)
        return makeError(ErrorCode::PermissionDenied,
                         "key file " + path + " can be read by other users; run: chmod 600 " +
                             path);
    std::ifstream in(path);
    std::string key;
    if (!in || !std::getline(in, key))
        return makeError(ErrorCode::FailedPrecondition, "cannot read key file " + path);
    while (!key.empty() && (key.back() == '\n' || key.back() == '\r' || key.back() == ' '))
        key.pop_back();
    if (key.size() != 64)
        return makeError(ErrorCode::Corrupt,
                         "key file " + path + " does not hold a 64-hex-digit key");
    return key;
}

} // namespace

namespace {

/// Opens a database file with the data directory's key and checks it through and through.
Status checkDatabase(const std::string& path, const std::string& key) {
    auto db = sqldb::Database::open({path, key, sqldb::KeyKind::RawHex, false});
    if (!db) {
        if (db.error().code == ErrorCode::WrongKey)
            return makeError(ErrorCode::WrongKey,
                             path + " does not open with this data directory's key");
        return db.error();
    }
    if (auto check = (*db)->integrityCheck(); !check.ok())
        return makeError(ErrorCode::Corrupt, path + " fails its integrity check");
    return {};
}

} // namespace

Status backup(const std::string& dir, const std::string& target) {
    const Layout layout{dir};
    auto key = readKey(layout.keyPath());
    if (!key)
        return key.error();
    if (fs::exists(target))
        return makeError(ErrorCode::AlreadyExists,
                         target + " exists already; choose a new file name");
    auto db = sqldb::Database::open({layout.databasePath(), *key, sqldb::KeyKind::RawHex, false});
    if (!db)
        return db.error();
    CUSTOS_TRY((*db)->backupTo(target));
    return checkDatabase(target, *key);
}

Result<std::string> restore(const std::string& dir, const std::string& source) {
    const Layout layout{dir};
    auto key = readKey(layout.keyPath());
    if (!key)
        return key.error();
    CUSTOS_TRY(checkDatabase(source, *key));
    std::error_code ec;
    const std::string kept = layout.databasePath() + ".replaced-" + std::to_string(systemMillis());
    if (fs::exists(layout.databasePath())) {
        fs::rename(layout.databasePath(), kept, ec);
        if (ec)
            return makeError(ErrorCode::FailedPrecondition,
                             "cannot move the current database aside: " + ec.message());
        for (const char* suffix : {"-wal", "-shm"})
            fs::remove(layout.databasePath() + suffix, ec);
    }
    fs::copy_file(source, layout.databasePath(), ec);
    if (ec)
        return makeError(ErrorCode::FailedPrecondition, "cannot copy the backup: " + ec.message());
    fs::permissions(layout.databasePath(), fs::perms::owner_read | fs::perms::owner_write,
                    fs::perm_options::replace, ec);
    return kept;
}

Result<std::unique_ptr<storage::Storage>> openStore(const std::string& dir, bool create,
                                                    std::int64_t maxBytes) {
    const Layout layout{dir};
    std::error_code ec;
    if (!fs::exists(dir, ec)) {
        if (!create)
            return makeError(ErrorCode::NotFound,
                             "data directory " + dir + " does not exist; run custosctl init");
        fs::create_directories(dir, ec);
        if (ec)
            return makeError(ErrorCode::FailedPrecondition,
                             "cannot create data directory " + dir + ": " + ec.message());
        fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);
    }
    const bool haveDb = fs::exists(layout.databasePath(), ec);
    if (!fs::exists(layout.keyPath(), ec)) {
        if (haveDb)
            return makeError(ErrorCode::FailedPrecondition,
                             "database " + layout.databasePath() + " exists but its key file " +
                                 layout.keyPath() + " is missing; restore the key file");
        if (!create)
            return makeError(ErrorCode::NotFound,
                             "no Custos data in " + dir + "; run custosctl init");
        CUSTOS_TRY(writeNewKey(layout.keyPath()));
    }
    auto key = readKey(layout.keyPath());
    if (!key)
        return key.error();
    auto store = storage::SqlCipherStorage::open(layout.databasePath(), *key, maxBytes);
    if (!store) {
        if (store.error().code == ErrorCode::WrongKey)
            return makeError(ErrorCode::WrongKey, "the key file " + layout.keyPath() +
                                                      " does not open " + layout.databasePath() +
                                                      "; the key or the database was replaced");
        return store.error();
    }
    return std::unique_ptr<storage::Storage>(std::move(store.value()));
}

} // namespace custos::datadir
