#include "custos/datadir/data_dir.h"

#include "custos/service/secrets.h"
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

Result<std::unique_ptr<storage::Storage>> openStore(const std::string& dir, bool create) {
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
    auto store = storage::SqlCipherStorage::open(layout.databasePath(), *key);
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
