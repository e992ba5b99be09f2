#include "custos/sqldb/database.h"

#include <sqlite3.h>

#include <cctype>
#include <cstring>
#include <filesystem>

namespace custos::sqldb {
namespace {

Error sqliteError(sqlite3* db, int rc, std::string_view context) {
    const int primary = rc & 0xFF;
    ErrorCode code = ErrorCode::Internal;
    if (primary == SQLITE_NOTADB)
        code = ErrorCode::WrongKey;
    else if (primary == SQLITE_CORRUPT)
        code = ErrorCode::Corrupt;
    else if (primary == SQLITE_FULL)
        code = ErrorCode::StorageFull;
    else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        code = ErrorCode::Unavailable;
    else if (primary == SQLITE_CONSTRAINT)
        code = ErrorCode::AlreadyExists;
    else if (primary == SQLITE_CANTOPEN || primary == SQLITE_PERM || primary == SQLITE_READONLY)
        code = ErrorCode::FailedPrecondition;
    std::string message(context);
    message += ": ";
    message += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    return makeError(code, std::move(message));
}

bool isHex64(const std::string& key) {
    if (key.size() != 64)
        return false;
    for (char c : key)
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return false;
    return true;
}

Status applyKey(sqlite3* db, const std::string& key, KeyKind kind, bool rekey) {
    std::string material;
    if (kind == KeyKind::RawHex) {
        if (!isHex64(key))
            return makeError(ErrorCode::InvalidArgument, "raw key must be 64 hex digits");
        material = "x'" + key + "'";
    } else {
        if (key.empty())
            return makeError(ErrorCode::InvalidArgument, "passphrase must not be empty");
        material = key;
    }
    const int rc = rekey ? sqlite3_rekey(db, material.data(), static_cast<int>(material.size()))
                         : sqlite3_key(db, material.data(), static_cast<int>(material.size()));
    // Overwrite the copy of the key material before the string releases its buffer.
    std::memset(material.data(), 0, material.size());
    if (rc != SQLITE_OK)
        return sqliteError(db, rc,
                           rekey ? "changing the database key" : "setting the database key");
    return {};
}

} // namespace

// ---- Statement ----------------------------------------------------------------------------

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), stmt_(other.stmt_), bindStatus_(std::move(other.bindStatus_)) {
    other.stmt_ = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(stmt_);
        db_ = other.db_;
        stmt_ = other.stmt_;
        bindStatus_ = std::move(other.bindStatus_);
        other.stmt_ = nullptr;
    }
    return *this;
}

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

namespace {
void noteBind(Status& status, sqlite3* db, int rc) {
    if (rc != SQLITE_OK && status.ok())
        status = sqliteError(db, rc, "binding a parameter");
}
} // namespace

Statement& Statement::bind(int index, std::int64_t value) {
    noteBind(bindStatus_, db_, sqlite3_bind_int64(stmt_, index, value));
    return *this;
}
Statement& Statement::bind(int index, double value) {
    noteBind(bindStatus_, db_, sqlite3_bind_double(stmt_, index, value));
    return *this;
}
Statement& Statement::bind(int index, std::string_view text) {
    noteBind(
        bindStatus_, db_,
        sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}
Statement& Statement::bindBlob(int index, std::span<const std::uint8_t> bytes) {
    noteBind(bindStatus_, db_,
             sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT));
    return *this;
}
Statement& Statement::bindNull(int index) {
    noteBind(bindStatus_, db_, sqlite3_bind_null(stmt_, index));
    return *this;
}

Result<bool> Statement::step() {
    if (!bindStatus_.ok())
        return bindStatus_.error();
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return sqliteError(db_, rc, "running a statement");
}

Status Statement::run() {
    auto stepped = step();
    reset();
    if (!stepped)
        return stepped.error();
    return {};
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    bindStatus_ = {};
}

std::int64_t Statement::columnInt(int column) const {
    return sqlite3_column_int64(stmt_, column);
}
double Statement::columnDouble(int column) const {
    return sqlite3_column_double(stmt_, column);
}
std::string Statement::columnText(int column) const {
    const auto* text = sqlite3_column_text(stmt_, column);
    const int size = sqlite3_column_bytes(stmt_, column);
    return text ? std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size))
                : std::string{};
}
std::vector<std::uint8_t> Statement::columnBlob(int column) const {
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(stmt_, column));
    const int size = sqlite3_column_bytes(stmt_, column);
    return data ? std::vector<std::uint8_t>(data, data + size) : std::vector<std::uint8_t>{};
}
bool Statement::isNull(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

// ---- Database -----------------------------------------------------------------------------

Result<std::unique_ptr<Database>> Database::open(const OpenOptions& options) {
    if (!options.create && !std::filesystem::exists(options.path))
        return makeError(ErrorCode::NotFound, "database file " + options.path + " does not exist");
    sqlite3* raw = nullptr;
    const int flags =
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | (options.create ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(options.path.c_str(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, options.path));
    if (rc != SQLITE_OK)
        return sqliteError(raw, rc, "opening database " + options.path);
    sqlite3_extended_result_codes(raw, 1);
    // SQLCipher logs key failures to stderr by default; errors reach the user through us.
    CUSTOS_TRY(db->exec("PRAGMA cipher_log_level = NONE"));
    CUSTOS_TRY(applyKey(raw, options.key, options.keyKind, false));
    // The first read proves the key. Nothing has been written yet, so a wrong key leaves the
    // file byte-for-byte unchanged.
    if (auto probe = db->queryInt("SELECT count(*) FROM sqlite_master"); !probe) {
        if (probe.error().code == ErrorCode::WrongKey)
            return makeError(ErrorCode::WrongKey,
                             "the passphrase or key does not open this database (or the file "
                             "is not a Custos database)");
        return probe.error();
    }
    if (db->cipherVersion().empty())
        return makeError(ErrorCode::FailedPrecondition,
                         "the SQLite library in use is not SQLCipher; refusing to store data "
                         "unencrypted");
    CUSTOS_TRY(db->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
                        "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;"));
    return db;
}

Status Database::limitSize(std::int64_t maxBytes) {
    auto pageSize = queryInt("PRAGMA page_size");
    if (!pageSize)
        return pageSize.error();
    return exec("PRAGMA max_page_count = " +
                std::to_string(std::max<std::int64_t>(1, maxBytes / *pageSize)));
}

Database::~Database() {
    sqlite3_close_v2(db_);
}

Status Database::exec(std::string_view sql) {
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return sqliteError(db_, rc, "executing SQL");
    return {};
}

Result<Statement> Database::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(db_, rc, "preparing SQL");
    return Statement(db_, stmt);
}

Result<Statement*> Database::cached(const std::string& sql) {
    auto it = cache_.find(sql);
    if (it == cache_.end()) {
        auto stmt = prepare(sql);
        if (!stmt)
            return stmt.error();
        it = cache_.emplace(sql, std::move(stmt.value())).first;
    } else {
        it->second.reset();
    }
    return &it->second;
}

void Database::resetCachedStatements() {
    for (auto& [sql, stmt] : cache_)
        stmt.reset();
}

Result<std::int64_t> Database::queryInt(std::string_view sql, std::int64_t fallback) {
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->columnInt(0) : fallback;
}

std::int64_t Database::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(db_);
}
bool Database::inTransaction() const {
    return sqlite3_get_autocommit(db_) == 0;
}
int Database::changes() const {
    return sqlite3_changes(db_);
}

Status Database::rekey(const std::string& newKey, KeyKind kind) {
    return applyKey(db_, newKey, kind, true);
}

std::string Database::cipherVersion() {
    auto stmt = prepare("PRAGMA cipher_version");
    if (!stmt)
        return {};
    auto row = stmt->step();
    return row.ok() && *row ? stmt->columnText(0) : std::string{};
}

Status Database::integrityCheck() {
    auto stmt = prepare("PRAGMA integrity_check");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row || stmt->columnText(0) != "ok")
        return makeError(ErrorCode::Corrupt, "database integrity check failed");
    return {};
}

Status Database::backupTo(const std::string& path) {
    // VACUUM INTO writes a consistent snapshot, encrypted with this connection's key.
    auto stmt = prepare("VACUUM INTO ?1");
    if (!stmt)
        return stmt.error();
    return stmt->bind(1, std::string_view(path)).run();
}

Status inTransaction(Database& db, const std::function<Status()>& fn) {
    // A cached statement left on a row keeps a read snapshot open; writing from it after another
    // process committed fails with SQLITE_BUSY. Start and end every transaction without them.
    db.resetCachedStatements();
    CUSTOS_TRY(db.exec("BEGIN IMMEDIATE"));
    Status status = fn();
    db.resetCachedStatements();
    if (status.ok())
        status = db.exec("COMMIT");
    if (!status.ok()) {
        (void)db.exec("ROLLBACK");
        return status;
    }
    return {};
}

Status inSavepoint(Database& db, const std::function<Status()>& fn) {
    CUSTOS_TRY(db.exec("SAVEPOINT custos_part"));
    const Status status = fn();
    if (status.ok())
        return db.exec("RELEASE custos_part");
    if (db.inTransaction()) {
        // Statements still on a row would keep pages of the part being undone in use.
        db.resetCachedStatements();
        // If even the undo fails, the transaction's state is unknown: end all of it, so the
        // caller sees inTransaction() false and gives it up rather than commit half a part.
        if (!db.exec("ROLLBACK TO custos_part").ok() || !db.exec("RELEASE custos_part").ok())
            (void)db.exec("ROLLBACK");
    }
    return status;
}

Status ensureSqlCipher() {
    auto db = Database::open({":memory:", std::string(64, '0'), KeyKind::RawHex, true});
    if (!db)
        return db.error();
    if ((*db)->cipherVersion().empty())
        return makeError(ErrorCode::FailedPrecondition,
                         "this build is not linked against SQLCipher; refusing to run");
    return {};
}

} // namespace custos::sqldb
