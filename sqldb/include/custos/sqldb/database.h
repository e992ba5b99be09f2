#pragma once
// A small, safe wrapper over an SQLCipher connection, shared by the client store and the server's
// embedded storage. sqlite3.h stays inside this library's sources.

#include "custos/core/result.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace custos::sqldb {

/// How the encryption key is given.
enum class KeyKind {
    Passphrase, ///< derived with SQLCipher's PBKDF2-HMAC-SHA512 (256,000 iterations)
    RawHex,     ///< 64 hex digits of a random 256-bit key (server key file): no derivation cost
};

/// Parameters for opening an encrypted database file.
struct OpenOptions {
    std::string path;
    std::string key;
    KeyKind keyKind = KeyKind::Passphrase;
    bool create = true; ///< create the file if it does not exist
};

class Database;

/// A prepared statement. Binds are 1-based, columns 0-based, as in SQLite.
class Statement final {
public:
    Statement(Statement&&) noexcept;
    Statement& operator=(Statement&&) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bindBlob(int index, std::span<const std::uint8_t> bytes);
    Statement& bindNull(int index);

    /// Advances: true when a row is ready, false when done, an Error on failure.
    [[nodiscard]] Result<bool> step();
    /// Runs a statement that returns no rows.
    [[nodiscard]] Status run();
    /// Makes the statement reusable with new bindings.
    void reset();

    [[nodiscard]] std::int64_t columnInt(int column) const;
    [[nodiscard]] double columnDouble(int column) const;
    [[nodiscard]] std::string columnText(int column) const;
    [[nodiscard]] std::vector<std::uint8_t> columnBlob(int column) const;
    [[nodiscard]] bool isNull(int column) const;

private:
    friend class Database;
    Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
    Status bindStatus_;
};

/// One open, keyed SQLCipher connection. Not thread-safe on its own: owners serialise access.
class Database final {
public:
    /// Opens (or creates) an encrypted database; a wrong key yields ErrorCode::WrongKey and
    /// leaves the file untouched.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const OpenOptions& options);
    /// Caps the database at about maxBytes (SQLite's max_page_count): writes beyond it fail with
    /// ErrorCode::StorageFull and change nothing, exactly as on a full disk.
    [[nodiscard]] Status limitSize(std::int64_t maxBytes);

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    /// Runs one or more statements that return no rows.
    [[nodiscard]] Status exec(std::string_view sql);
    [[nodiscard]] Result<Statement> prepare(std::string_view sql);
    /// A prepared statement kept for reuse, reset and with its bindings cleared. For hot paths
    /// (preparing costs more than running a small statement). Not re-entrant: finish with one
    /// use of a given SQL text before asking for it again.
    [[nodiscard]] Result<Statement*> cached(const std::string& sql);
    /// Resets every cached statement, ending any read they still hold (inTransaction does this
    /// around each transaction).
    void resetCachedStatements();
    /// Runs a query returning a single integer (e.g. a count), or `fallback` when it returns none.
    [[nodiscard]] Result<std::int64_t> queryInt(std::string_view sql, std::int64_t fallback = 0);

    [[nodiscard]] std::int64_t lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    /// True while a transaction is open. SQLite ends one by itself after some errors (a full
    /// disk, an I/O error): whoever carries on after an error inside a transaction asks this.
    [[nodiscard]] bool inTransaction() const;

    /// Changes the encryption key; the file is rewritten under the new key.
    [[nodiscard]] Status rekey(const std::string& newKey, KeyKind kind);
    /// SQLCipher's version string, empty when the library is not SQLCipher.
    [[nodiscard]] std::string cipherVersion();
    /// Runs PRAGMA integrity_check; ok when the database is sound.
    [[nodiscard]] Status integrityCheck();
    /// Writes a consistent copy of the database, encrypted with the same key, to `path`.
    [[nodiscard]] Status backupTo(const std::string& path);

    [[nodiscard]] const std::string& path() const { return path_; }

private:
    Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
    sqlite3* db_ = nullptr;
    std::string path_;
    std::map<std::string, Statement, std::less<>> cache_;
};

/// Steps through a query's rows, turning each into a T with decode(stmt) -> Result<T>; the
/// first row that cannot be read (or a failing step) ends it with that error.
template <typename T, typename Decode>
[[nodiscard]] Result<std::vector<T>> collectRows(Statement& stmt, Decode decode) {
    std::vector<T> out;
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        Result<T> item = decode(stmt);
        if (!item)
            return item.error();
        out.push_back(std::move(item).value());
    }
}

/// Runs fn inside BEGIN IMMEDIATE ... COMMIT; rolls back if fn or the commit fails.
[[nodiscard]] Status inTransaction(Database& db, const std::function<Status()>& fn);

/// Runs fn under a savepoint of the open transaction: if fn fails, what it wrote is undone and
/// the transaction goes on without it. Returns fn's error (or the savepoint's own). If SQLite
/// ended the whole transaction meanwhile, db.inTransaction() is false afterwards and the
/// caller must give the whole transaction up.
[[nodiscard]] Status inSavepoint(Database& db, const std::function<Status()>& fn);

/// Confirms that the linked SQLite is SQLCipher (PRAGMA cipher_version is non-empty). Every
/// process that opens a database calls this first and refuses to run if it fails.
[[nodiscard]] Status ensureSqlCipher();

} // namespace custos::sqldb
