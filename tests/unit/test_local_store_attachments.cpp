// The tablet store's photos: kept only inside the encrypted database, pending until the server
// holds them, awaiting the lead's approval when they show people.
#include "custos/store/local_store.h"

#include "custos/core/digest.h"
#include "custos/core/uuid.h"

#include "process.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace custos;
using custos::store::LocalStore;
using custos::store::PhotoApproval;

namespace {

const char* kPass = "correct horse battery staple";

ChecklistTemplate checklist() {
    ChecklistTemplate t;
    t.id = "demo";
    t.version = "1.0.0";
    ChecklistSection s;
    s.key = "acc";
    for (const char* key : {"a", "light_photo"}) {
        ChecklistItem item;
        item.key = key;
        item.prompt.byLanguage["en"] = std::string("Prompt ") + key;
        if (std::string(key) == "light_photo")
            item.type = ItemType::Photo;
        s.items.push_back(item);
    }
    t.sections.push_back(s);
    return t;
}

struct Fixture {
    std::string dir, path;
    std::unique_ptr<LocalStore> store;
    Visit visit;
    std::string me = newId(), lead = newId(), device = newId();
};

Fixture open(const std::string& name) {
    Fixture f;
    f.dir = testkit::freshDir(name);
    f.path = f.dir + "/custos.db";
    auto s = LocalStore::open(f.path, kPass);
    EXPECT_TRUE(s.ok());
    f.store = std::move(s.value());
    store::Enrolment e;
    e.serverAddress = "127.0.0.1:1";
    e.deviceId = f.device;
    e.userId = f.me;
    e.userDisplayName = "Test Monitor";
    e.credential = "CREDENTIAL";
    EXPECT_TRUE(f.store->saveEnrolment(e).ok());
    Facility facility{newId(), "Facility", FacilityType::Prison, "", "", 100, {}, {}};
    f.visit.id = newId();
    f.visit.facilityId = facility.id;
    f.visit.cycleId = newId();
    f.visit.templateId = "demo";
    f.visit.templateVersion = "1.0.0";
    f.visit.team = {{f.me, "Test Monitor", TeamRole::Member}, {f.lead, "Lead", TeamRole::Head}};
    EXPECT_TRUE(f.store->applyPulled({{1, facility}, {2, f.visit}, {3, checklist()}}, 3).ok());
    return f;
}

std::string allBytes(const std::string& path) {
    std::string bytes = testkit::readFile(path);
    for (const char* suffix : {"-wal", "-journal", "-shm"})
        if (std::filesystem::exists(path + suffix))
            bytes += testkit::readFile(path + suffix);
    return bytes;
}

PhotoReview review(const Fixture& f, const std::string& author, const std::string& sha,
                   bool approved, std::uint64_t hlc) {
    RecordHeader h;
    h.id = newId();
    h.versionId = h.id;
    h.visitId = f.visit.id;
    h.authorId = author;
    h.deviceId = newId();
    h.hlc = Hlc::of(hlc, 0);
    return PhotoReview{h, sha, approved, "note"};
}

} // namespace

TEST(LocalStoreAttachments, PhotoIsKeptEncryptedAndPendingUntilTheServerHoldsIt) {
    auto f = open("store-photo");
    const std::string bytes = "\xff\xd8 PHOTO-CANARY pixels of a cell \xff\xd9";
    auto sha = f.store->addAttachment(f.visit.id, "light_photo", "image/jpeg", false, bytes);
    ASSERT_TRUE(sha.ok()) << sha.error().message;
    EXPECT_EQ(*sha, sha256Hex(bytes));
    auto again = f.store->addAttachment(f.visit.id, "light_photo", "image/jpeg", false, bytes);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, *sha) << "content-addressed: the same photo is kept once";

    auto held = f.store->attachmentBytes(*sha);
    ASSERT_TRUE(held.ok() && held->has_value());
    EXPECT_EQ(**held, bytes);
    EXPECT_FALSE(f.store->attachmentBytes(std::string(64, '0'))->has_value());

    auto pending = f.store->attachmentsPendingUpload();
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 1u);
    EXPECT_EQ(pending->front().sha256, *sha);
    EXPECT_EQ(pending->front().visitId, f.visit.id);
    EXPECT_EQ(pending->front().itemKey, "light_photo");
    EXPECT_EQ(pending->front().size, static_cast<std::int64_t>(bytes.size()));
    EXPECT_EQ(pending->front().approval, PhotoApproval::NotNeeded);
    EXPECT_FALSE(pending->front().uploaded);

    ASSERT_TRUE(f.store->markUploaded(*sha).ok());
    EXPECT_TRUE(f.store->attachmentsPendingUpload()->empty());
    auto ofVisit = f.store->attachmentsOfVisit(f.visit.id);
    ASSERT_TRUE(ofVisit.ok());
    ASSERT_EQ(ofVisit->size(), 1u);
    EXPECT_TRUE(ofVisit->front().uploaded);

    // Nothing of the photo is readable in the files, open or closed.
    const auto whileOpen = allBytes(f.path);
    f.store.reset();
    for (const auto& file : {whileOpen, allBytes(f.path)})
        EXPECT_EQ(file.find("PHOTO-CANARY"), std::string::npos);
    // And nothing was written next to the database.
    for (const auto& entry : std::filesystem::directory_iterator(f.dir)) {
        const auto name = entry.path().filename().string();
        EXPECT_EQ(name.rfind("custos.db", 0), 0u) << name;
    }
}

TEST(LocalStoreAttachments, RefusesEmptyOversizedOrUnknownVisit) {
    auto f = open("store-photo-refused");
    EXPECT_EQ(
        f.store->addAttachment(f.visit.id, "light_photo", "image/jpeg", false, "").error().code,
        ErrorCode::InvalidArgument);
    EXPECT_EQ(f.store->addAttachment(newId(), "light_photo", "image/jpeg", false, "x").error().code,
              ErrorCode::NotFound);
    const std::string huge(static_cast<std::size_t>(LocalStore::kMaxAttachmentBytes) + 1, 'x');
    EXPECT_EQ(
        f.store->addAttachment(f.visit.id, "light_photo", "image/jpeg", false, huge).error().code,
        ErrorCode::ResourceExhausted);
}

TEST(LocalStoreAttachments, PhotosOfPeopleAwaitTheLeadsApproval) {
    auto f = open("store-photo-approval");
    auto people = f.store->addAttachment(f.visit.id, "light_photo", "image/jpeg", true, "people");
    auto empty = f.store->addAttachment(f.visit.id, "light_photo", "image/jpeg", false, "cell");
    ASSERT_TRUE(people.ok() && empty.ok());
    auto approvalOf = [&](const std::string& sha) {
        auto a = f.store->attachment(sha);
        EXPECT_TRUE(a.ok() && a->has_value());
        return (a.ok() && a->has_value()) ? (*a)->approval : PhotoApproval::NotNeeded;
    };
    EXPECT_EQ(approvalOf(*people), PhotoApproval::Awaiting);
    EXPECT_EQ(approvalOf(*empty), PhotoApproval::NotNeeded);

    // A member's "approval" does not count (the server refuses it anyway).
    ASSERT_TRUE(
        f.store->applyPulled({{10, VisitRecord{review(f, f.me, *people, true, 100)}}}, 10).ok());
    EXPECT_EQ(approvalOf(*people), PhotoApproval::Awaiting);
    // The lead's does; the latest of the lead's reviews counts.
    ASSERT_TRUE(
        f.store->applyPulled({{11, VisitRecord{review(f, f.lead, *people, true, 200)}}}, 11).ok());
    EXPECT_EQ(approvalOf(*people), PhotoApproval::Approved);
    ASSERT_TRUE(
        f.store->applyPulled({{12, VisitRecord{review(f, f.lead, *people, false, 300)}}}, 12).ok());
    EXPECT_EQ(approvalOf(*people), PhotoApproval::Refused);
    auto all = f.store->attachmentsOfVisit(f.visit.id);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 2u);
}

TEST(LocalStoreAttachments, TeamPhotosNotHeldAreListedForDownload) {
    auto f = open("store-photo-missing");
    const std::string bytes = "a team member's photo";
    const std::string sha = sha256Hex(bytes);
    Observation theirs;
    theirs.id = newId();
    theirs.visitId = f.visit.id;
    theirs.itemKey = "light_photo";
    theirs.value = std::vector<std::string>{sha};
    theirs.authorId = f.lead;
    theirs.deviceId = newId();
    theirs.hlc = Hlc::of(50, 0);
    ASSERT_TRUE(f.store->applyPulled({{20, theirs}}, 20).ok());

    auto missing = f.store->missingAttachments();
    ASSERT_TRUE(missing.ok()) << missing.error().message;
    ASSERT_EQ(missing->size(), 1u);
    EXPECT_EQ(missing->front().sha256, sha);
    EXPECT_EQ(missing->front().itemKey, "light_photo");

    store::StoredAttachment info;
    info.sha256 = sha;
    info.visitId = f.visit.id;
    info.itemKey = "light_photo";
    info.mediaType = "image/jpeg";
    info.showsPeople = true;
    EXPECT_FALSE(f.store->storeDownloadedAttachment(info, "tampered bytes").ok());
    ASSERT_TRUE(f.store->storeDownloadedAttachment(info, bytes).ok());
    EXPECT_TRUE(f.store->missingAttachments()->empty());
    EXPECT_TRUE(f.store->attachmentsPendingUpload()->empty()) << "downloaded: not sent back";
    EXPECT_EQ(f.store->attachment(sha)->value().approval, PhotoApproval::Awaiting);
}

TEST(LocalStoreAttachments, AWithdrawnVisitKeepsOnlyPhotosNotYetUploaded) {
    auto f = open("store-photo-purge");
    auto sent = f.store->addAttachment(f.visit.id, "light_photo", "image/jpeg", false, "sent");
    auto unsent = f.store->addAttachment(f.visit.id, "light_photo", "image/jpeg", false, "unsent");
    ASSERT_TRUE(sent.ok() && unsent.ok());
    ASSERT_TRUE(f.store->markUploaded(*sent).ok());
    ASSERT_TRUE(f.store->applyPulled({{30, VisitWithdrawn{f.visit.id, "left the team"}}}, 30).ok());
    EXPECT_FALSE(f.store->attachmentBytes(*sent)->has_value());
    EXPECT_TRUE(f.store->attachmentBytes(*unsent)->has_value()) << "never lose unsent photos";
    EXPECT_EQ(f.store->attachmentsPendingUpload()->size(), 1u);
}
