// Photos through a real custosd over TLS with the real store and sync engine: a monitor's photo
// of people travels to the server after the answer naming it, the lead's tablet fetches it, the
// lead approves it, and the approval reaches the monitor. A failed upload stays pending.
#include "custos/core/digest.h"
#include "custos/sync/sync_engine.h"

#include "process.h"
#include "tablet.h"

#include <gtest/gtest.h>

using namespace custos;
using custos::store::PhotoApproval;

namespace {

sync::SyncReport syncNow(testkit::Tablet& tablet) {
    auto report = sync::syncOnce(*tablet.store, *tablet.transport);
    EXPECT_TRUE(report.ok()) << report.error().message;
    return report ? *report : sync::SyncReport{};
}

class PhotosOverTls : public ::testing::Test {
protected:
    void SetUp() override {
        const auto name = std::string("it-photos-") +
                          ::testing::UnitTest::GetInstance()->current_test_info()->name();
        // The full checklist: its accommodation section has a photo item (acc.cell_photo).
        server = std::make_unique<testkit::TestServer>(
            testkit::TestServer::start(name, CUSTOS_SOURCE_DIR "/checklists/mandela-rules.yaml"));
        dir = testkit::freshDir(name + "-tablets");
        lead = testkit::enrolTablet(*server, "Demo Lead", dir);
        monitor = testkit::enrolTablet(*server, "Demo Monitor", dir);
        syncNow(lead);
        syncNow(monitor);
        visitId = monitor.store->visits()->front().visit.id;
    }

    std::unique_ptr<testkit::TestServer> server;
    std::string dir;
    testkit::Tablet lead, monitor;
    std::string visitId;
};

/// Stand-in for a stripped JPEG: the store and sync treat photos as opaque bytes.
std::string photoBytes(const std::string& tag) {
    std::string bytes = "\xff\xd8\xff\xdb";
    for (int i = 0; i < 40000; ++i)
        bytes += static_cast<char>((i * 131 + static_cast<int>(tag.size()) * 7) & 0xff);
    return bytes + tag + "\xff\xd9";
}

} // namespace

TEST_F(PhotosOverTls, LeadSeesAndApprovesAMonitorsPhotoOfPeople) {
    const std::string bytes = photoBytes("two detainees in cell 7");
    auto sha = monitor.store->addAttachment(visitId, "acc.cell_photo", "image/jpeg", true, bytes);
    ASSERT_TRUE(sha.ok()) << sha.error().message;
    ASSERT_TRUE(monitor.store
                    ->recordAnswer(visitId, "acc.cell_photo", std::vector<std::string>{*sha}, "",
                                   SourceTag::Observed)
                    .ok());
    EXPECT_EQ(monitor.store->attachment(*sha)->value().approval, PhotoApproval::Awaiting);

    auto sent = syncNow(monitor);
    EXPECT_EQ(sent.photosUploaded, 1);
    EXPECT_TRUE(monitor.store->attachmentsPendingUpload()->empty());
    // The server holds exactly these bytes.
    EXPECT_EQ(*monitor.transport->downloadAttachment(*sha), bytes);
    EXPECT_EQ(sha256Hex(*lead.transport->downloadAttachment(*sha)), *sha);

    // The lead's tablet fetches the photo it lacks, so the lead can see it.
    auto fetched = syncNow(lead);
    EXPECT_EQ(fetched.photosDownloaded, 1);
    auto held = lead.store->attachmentBytes(*sha);
    ASSERT_TRUE(held.ok() && held->has_value());
    EXPECT_EQ(**held, bytes);
    auto seen = lead.store->attachmentsOfVisit(visitId);
    ASSERT_TRUE(seen.ok());
    ASSERT_EQ(seen->size(), 1u);
    EXPECT_TRUE(seen->front().showsPeople);
    EXPECT_EQ(seen->front().itemKey, "acc.cell_photo");
    EXPECT_EQ(seen->front().approval, PhotoApproval::Awaiting);
    EXPECT_TRUE(lead.store->attachmentsPendingUpload()->empty()) << "not sent back";

    // A monitor's own approval is refused by the server and does not count on their tablet.
    PhotoReview selfApproval;
    selfApproval.header.visitId = visitId;
    selfApproval.attachmentSha256 = *sha;
    selfApproval.approved = true;
    ASSERT_TRUE(monitor.store->saveRecord(selfApproval).ok());
    EXPECT_EQ(monitor.store->attachment(*sha)->value().approval, PhotoApproval::Awaiting);
    auto refused = syncNow(monitor);
    EXPECT_EQ(refused.rejected, 1);

    PhotoReview approval;
    approval.header.visitId = visitId;
    approval.attachmentSha256 = *sha;
    approval.approved = true;
    approval.note = "Consent recorded; faces not shown in reports.";
    ASSERT_TRUE(lead.store->saveRecord(approval).ok());
    EXPECT_EQ(lead.store->attachment(*sha)->value().approval, PhotoApproval::Approved);
    auto pushed = syncNow(lead);
    EXPECT_EQ(pushed.accepted, 1);
    EXPECT_EQ(pushed.rejected, 0);

    syncNow(monitor);
    auto approved = monitor.store->attachment(*sha);
    ASSERT_TRUE(approved.ok() && approved->has_value());
    EXPECT_EQ((*approved)->approval, PhotoApproval::Approved);
    EXPECT_EQ((*approved)->reviewNote, approval.note);
}

TEST_F(PhotosOverTls, AFailedUploadStaysPendingAndResumesNextRound) {
    const std::string bytes = photoBytes("cell without people");
    auto sha = monitor.store->addAttachment(visitId, "acc.cell_photo", "image/jpeg", false, bytes);
    ASSERT_TRUE(sha.ok());

    // Server unreachable: the round fails, nothing is lost.
    {
        sync::Transport unreachable("127.0.0.1:1", server->caPem, monitor.enrolment.credential);
        unreachable.setCallTimeout(std::chrono::milliseconds(500));
        EXPECT_FALSE(sync::syncOnce(*monitor.store, unreachable).ok());
    }
    EXPECT_EQ(monitor.store->attachmentsPendingUpload()->size(), 1u);

    // Half of it arrives in one cut call; the next round sends the rest.
    sync::AttachmentUpload upload{visitId, "image/jpeg", false, bytes};
    auto partial = monitor.transport->uploadAttachment(upload, 8 * 1024, 2);
    ASSERT_TRUE(partial.ok()) << partial.error().message;
    EXPECT_FALSE(partial->committed);
    EXPECT_EQ(monitor.store->attachmentsPendingUpload()->size(), 1u);

    auto round = syncNow(monitor);
    EXPECT_EQ(round.photosUploaded, 1);
    EXPECT_TRUE(monitor.store->attachmentsPendingUpload()->empty());
    auto state = monitor.transport->attachmentState(*sha);
    ASSERT_TRUE(state.ok());
    EXPECT_TRUE(state->committed);
    EXPECT_EQ(state->held, static_cast<std::int64_t>(bytes.size()));
    EXPECT_EQ(*monitor.transport->downloadAttachment(*sha), bytes);
}
