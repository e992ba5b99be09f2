#include "custos/store/local_store.h"

#include "custos/core/uuid.h"

#include "process.h"

#include <gtest/gtest.h>

#include <openssl/evp.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace custos;
using custos::store::LocalStore;

namespace {

const char* kPass = "correct horse battery staple";

store::Enrolment enrolment() {
    store::Enrolment e;
    e.serverAddress = "127.0.0.1:1";
    e.deviceId = newId();
    e.userId = newId();
    e.userDisplayName = "Test Monitor";
    e.credential = "CREDENTIAL-CANARY-0123456789";
    return e;
}

ChecklistTemplate checklist() {
    ChecklistTemplate t;
    t.id = "demo";
    t.version = "1.0.0";
    ChecklistSection s;
    s.key = "acc";
    for (const char* key : {"a", "b", "c"}) {
        ChecklistItem item;
        item.key = key;
        item.prompt.byLanguage["en"] = std::string("Prompt ") + key;
        s.items.push_back(item);
    }
    t.sections.push_back(s);
    return t;
}

struct Fixture {
    std::string dir, path;
    std::unique_ptr<LocalStore> store;
    Visit visit;
    store::Enrolment me = enrolment();
};

Fixture open(const std::string& name) {
    Fixture f;
    f.dir = testkit::freshDir(name);
    f.path = f.dir + "/custos.db";
    auto s = LocalStore::open(f.path, kPass);
    EXPECT_TRUE(s.ok());
    f.store = std::move(s.value());
    EXPECT_TRUE(f.store->saveEnrolment(f.me).ok());
    Facility facility{newId(), "Facility CANARY", FacilityType::Prison, "", "", 100, {}, {}};
    f.visit.id = newId();
    f.visit.facilityId = facility.id;
    f.visit.cycleId = newId();
    f.visit.templateId = "demo";
    f.visit.templateVersion = "1.0.0";
    f.visit.team = {{f.me.userId, "Test Monitor", TeamRole::Member}};
    EXPECT_TRUE(f.store->applyPulled({{1, facility}, {2, f.visit}, {3, checklist()}}, 3).ok());
    return f;
}

std::string sha256File(const std::string& path) {
    const auto bytes = testkit::readFile(path);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_Digest(bytes.data(), bytes.size(), digest, &size, EVP_sha256(), nullptr);
    std::ostringstream hex;
    for (unsigned i = 0; i < size; ++i)
        hex << std::hex << static_cast<int>(digest[i]);
    return hex.str();
}

std::string allBytes(const std::string& path) {
    std::string bytes = testkit::readFile(path);
    for (const char* suffix : {"-wal", "-journal", "-shm"})
        if (std::filesystem::exists(path + suffix))
            bytes += testkit::readFile(path + suffix);
    return bytes;
}

} // namespace

TEST(LocalStore, FileIsEncryptedAndHoldsNoPlaintext) {
    auto f = open("store-plaintext");
    ASSERT_TRUE(f.store
                    ->recordAnswer(f.visit.id, "a", AnswerValue{std::string("ANSWER-CANARY")},
                                   "NOTE-CANARY about cell 7", SourceTag::Detainee)
                    .ok());
    const auto whileOpen = allBytes(f.path);
    f.store.reset();
    for (const auto& bytes : {whileOpen, allBytes(f.path)}) {
        ASSERT_GT(bytes.size(), 1000u);
        EXPECT_NE(bytes.rfind("SQLite format 3", 0), 0u);
        for (const char* canary : {"ANSWER-CANARY", "NOTE-CANARY", "CREDENTIAL-CANARY",
                                   "Facility CANARY", "Test Monitor"})
            EXPECT_EQ(bytes.find(canary), std::string::npos) << canary;
    }
}

TEST(LocalStore, WrongPassphraseIsClearAndLeavesFileUnchanged) {
    auto f = open("store-wrongpass");
    ASSERT_TRUE(
        f.store->recordAnswer(f.visit.id, "a", AnswerCode::Yes, "", SourceTag::Observed).ok());
    f.store.reset();
    const auto before = sha256File(f.path);
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto wrong = LocalStore::open(f.path, "not the passphrase");
        ASSERT_FALSE(wrong.ok());
        EXPECT_EQ(wrong.error().code, ErrorCode::WrongKey);
        EXPECT_EQ(wrong.error().message, "wrong passphrase");
    }
    EXPECT_EQ(sha256File(f.path), before);
    auto right = LocalStore::open(f.path, kPass);
    ASSERT_TRUE(right.ok());
    EXPECT_TRUE((*right)->integrityCheck().ok());
    EXPECT_EQ((*right)->currentAnswers(f.visit.id)->size(), 1u);
}

TEST(LocalStore, AnswerAndOutboxOpAreWrittenTogether) {
    auto f = open("store-outbox");
    auto o = f.store->recordAnswer(f.visit.id, "b", AnswerCode::Partial, "n", SourceTag::Staff);
    ASSERT_TRUE(o.ok());
    EXPECT_EQ(o->authorId, f.me.userId);
    EXPECT_EQ(o->deviceId, f.me.deviceId);
    auto pending = f.store->pendingOps(10);
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 1u);
    EXPECT_EQ(std::get<Observation>(pending->front().payload), *o);
    EXPECT_EQ(f.store->syncState()->pendingOps, 1);

    ASSERT_TRUE(f.store->acknowledge({pending->front().opId}, {}).ok());
    EXPECT_EQ(f.store->syncState()->pendingOps, 0);
    EXPECT_EQ(f.store->currentAnswers(f.visit.id)->size(), 1u) << "acknowledging keeps data";
}

TEST(LocalStore, RejectedOpsAreKeptNotLost) {
    auto f = open("store-rejected");
    ASSERT_TRUE(
        f.store->recordAnswer(f.visit.id, "a", AnswerCode::No, "", SourceTag::Observed).ok());
    auto pending = *f.store->pendingOps(10);
    ASSERT_TRUE(f.store->acknowledge({}, {{pending[0].opId, "not on the team"}}).ok());
    EXPECT_EQ(f.store->syncState()->pendingOps, 0);
    EXPECT_EQ(f.store->currentAnswers(f.visit.id)->at("a").value, AnswerValue{AnswerCode::No});
}

TEST(LocalStore, CurrentAnswerIsLatestByHlcAcrossDevices) {
    auto f = open("store-hlc");
    auto mine = f.store->recordAnswer(f.visit.id, "a", AnswerCode::Yes, "", SourceTag::Observed);
    ASSERT_TRUE(mine.ok());
    Observation theirs = *mine;
    theirs.id = newId();
    theirs.deviceId = newId();
    theirs.authorId = newId();
    theirs.value = AnswerCode::No;
    theirs.hlc = Hlc{mine->hlc.packed + 1};
    ASSERT_TRUE(f.store->applyPulled({{10, theirs}}, 10).ok());
    EXPECT_EQ(f.store->currentAnswers(f.visit.id)->at("a").value, AnswerValue{AnswerCode::No});
    // A later local answer must order after what was pulled, whatever the wall clock says.
    auto later =
        f.store->recordAnswer(f.visit.id, "a", AnswerCode::Partial, "", SourceTag::Observed);
    ASSERT_TRUE(later.ok());
    EXPECT_GT(later->hlc, theirs.hlc);
    EXPECT_EQ(f.store->currentAnswers(f.visit.id)->at("a").value, AnswerValue{AnswerCode::Partial});
}

TEST(LocalStore, PulledChangesAndCursorCommitTogetherAndReplaySafely) {
    auto f = open("store-pull");
    EXPECT_EQ(f.store->syncState()->cursor, 3u);
    Observation remote;
    remote.id = newId();
    remote.visitId = f.visit.id;
    remote.itemKey = "c";
    remote.value = AnswerCode::Yes;
    remote.authorId = newId();
    remote.deviceId = newId();
    remote.hlc = Hlc::of(5, 0);
    ASSERT_TRUE(f.store->applyPulled({{7, remote}}, 7).ok());
    ASSERT_TRUE(f.store->applyPulled({{7, remote}}, 7).ok()) << "a replayed batch is harmless";
    EXPECT_EQ(f.store->syncState()->cursor, 7u);
    auto summary = f.store->visit(f.visit.id);
    ASSERT_TRUE(summary.ok() && summary->has_value());
    EXPECT_EQ((*summary)->answeredItems, 1);
    EXPECT_EQ((*summary)->totalItems, 3);
    EXPECT_EQ((*summary)->facility.name, "Facility CANARY");
}

TEST(LocalStore, ChangePassphraseReKeysTheFile) {
    auto f = open("store-rekey");
    ASSERT_TRUE(
        f.store->recordAnswer(f.visit.id, "a", AnswerCode::Yes, "", SourceTag::Observed).ok());
    ASSERT_TRUE(f.store->changePassphrase("a whole new passphrase").ok());
    f.store.reset();
    EXPECT_EQ(LocalStore::open(f.path, kPass).error().code, ErrorCode::WrongKey);
    auto reopened = LocalStore::open(f.path, "a whole new passphrase");
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ((*reopened)->currentAnswers(f.visit.id)->size(), 1u);
}

TEST(LocalStore, RefusesToRecordBeforeEnrolment) {
    const auto dir = testkit::freshDir("store-unenrolled");
    auto s = LocalStore::open(dir + "/db", kPass);
    ASSERT_TRUE(s.ok());
    EXPECT_FALSE((*s)->enrolment()->has_value());
    auto o = (*s)->recordAnswer(newId(), "a", AnswerCode::Yes, "", SourceTag::Observed);
    ASSERT_FALSE(o.ok());
    EXPECT_EQ(o.error().code, ErrorCode::FailedPrecondition);
}

TEST(LocalStore, FullStorageIsAClearErrorAndLosesOrCorruptsNothing) {
    std::string path;
    std::string visitId;
    {
        auto f = open("store-full");
        path = f.path;
        visitId = f.visit.id;
        for (int i = 0; i < 50; ++i)
            ASSERT_TRUE(f.store
                            ->recordAnswer(visitId, "a", AnswerCode::Yes,
                                           "before the disk filled " + std::to_string(i),
                                           SourceTag::Observed)
                            .ok());
    }
    // Reopen with a size limit just above what is stored: as on a tablet whose disk is full.
    const auto size = static_cast<std::int64_t>(std::filesystem::file_size(path));
    int saved = 50;
    Error refusal;
    {
        auto limited = LocalStore::open(path, kPass, size + 16 * 1024);
        ASSERT_TRUE(limited.ok()) << limited.error().message;
        auto& store = *limited.value();
        const std::string longNote(2000, 'n');
        for (int i = 0; i < 10000; ++i) {
            auto r = store.recordAnswer(visitId, "b", AnswerCode::No, longNote, SourceTag::Staff);
            if (!r) {
                refusal = r.error();
                break;
            }
            ++saved;
        }
        EXPECT_EQ(refusal.code, ErrorCode::StorageFull) << refusal.message;
        EXPECT_LT(saved, 10050) << "the limit never bit";
        // Nothing half-written: every answer that was reported saved is there, each with
        // exactly one outbox operation, and the file is sound.
        EXPECT_TRUE(store.integrityCheck().ok());
        EXPECT_EQ(store.allObservations(visitId)->size(), static_cast<std::size_t>(saved));
        EXPECT_EQ(store.syncState()->pendingOps, saved);
        // Reading still works while full (the visit list, the answers).
        EXPECT_EQ(store.visits()->size(), 1u);
    }
    // Space is back: writing works again and nothing was lost.
    auto reopened = LocalStore::open(path, kPass);
    ASSERT_TRUE(reopened.ok());
    auto& store = *reopened.value();
    EXPECT_TRUE(
        store.recordAnswer(visitId, "c", AnswerCode::Partial, "", SourceTag::Observed).ok());
    EXPECT_EQ(store.allObservations(visitId)->size(), static_cast<std::size_t>(saved + 1));
    EXPECT_EQ(store.syncState()->pendingOps, saved + 1);
    EXPECT_TRUE(store.integrityCheck().ok());
}

TEST(LocalStore, CyclesAreListedLatestPeriodFirst) {
    auto f = open("store-cycles");
    EXPECT_TRUE(f.store->cycles()->empty());
    VisitCycle older{newId(),      "2025 periodic cycle", CycleKind::Periodic,
                     "2025-01-01", "2025-12-31",          {}};
    VisitCycle newer{newId(),      "2026 periodic cycle", CycleKind::Periodic,
                     "2026-01-01", "2026-12-31",          {}};
    ASSERT_TRUE(f.store->applyPulled({{4, older}, {5, newer}}, 5).ok());
    auto cycles = f.store->cycles();
    ASSERT_TRUE(cycles.ok());
    ASSERT_EQ(cycles->size(), 2u);
    EXPECT_EQ(cycles->at(0).name, "2026 periodic cycle");
    EXPECT_EQ(cycles->at(1).name, "2025 periodic cycle");
}
