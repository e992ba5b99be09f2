// Writes the binary seeds of tests/fuzz/corpus/{rpc_requests,attachment_upload}: a few real
// requests, serialised. Run once (the seeds are committed):
//   cmake --build build/fuzz --target custos_fuzz_seeds && build/fuzz/tests/fuzz/custos_fuzz_seeds tests/fuzz/corpus
// Placeholders ("$visit", "$me", ...) are replaced by the harnesses (fuzz_world.h).
#include "custos/v1/attachments.pb.h"
#include "custos/v1/enrollment.pb.h"
#include "custos/v1/management.pb.h"
#include "custos/v1/review.pb.h"
#include "custos/v1/sync.pb.h"

#include <fstream>
#include <iostream>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace v1 = custos::v1;

namespace {

std::string dir;

void write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir + "/" + name, std::ios::binary) << bytes;
}
// rpc_requests: first byte = method | caller << 5 (0 monitor, 1 lead, 2 coordinator, 3 admin,
// 4 no credential); see kMethods in rpc_requests.cpp for the method numbers.
void rpc(const std::string& name, int method, int caller, const google::protobuf::Message& m) {
    write("rpc_requests/" + name, std::string(1, static_cast<char>(method | caller << 5)) +
                                      m.SerializeAsString());
}
void header(v1::RecordHeader* h, const std::string& id) {
    h->set_id(id);
    h->set_version_id(id + "-v1");
    h->set_visit_id("$visit");
    h->set_author_id("$me");
    h->set_device_id("$device");
    h->set_hlc(0x0190000000000001ULL);
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: custos_fuzz_seeds CORPUS_DIR\n";
        return 2;
    }
    dir = argv[1];

    v1::PushRequest push;
    auto* op = push.add_ops();
    op->set_op_id("0190a000-0000-7000-8000-000000000001");
    op->set_hlc(0x0190000000000001ULL);
    op->set_author_id("$me");
    op->set_device_id("$device");
    auto* o = op->mutable_observation();
    o->set_id("0190a000-0000-7000-8000-0000000000a1");
    o->set_visit_id("$visit");
    o->set_item_key("reg.register_exists");
    o->set_answer(v1::ANSWER_CODE_YES);
    o->set_source(v1::SOURCE_TAG_OBSERVED);
    o->set_author_id("$me");
    o->set_device_id("$device");
    o->set_hlc(0x0190000000000001ULL);
    auto* op2 = push.add_ops();
    op2->set_op_id("0190a000-0000-7000-8000-000000000002");
    op2->set_author_id("$me");
    op2->set_device_id("$device");
    auto* f = op2->mutable_finding();
    header(f->mutable_header(), "0190a000-0000-7000-8000-0000000000f1");
    f->set_theme("accommodation");
    f->set_severity(v1::FINDING_SEVERITY_URGENT);
    f->set_text("No natural light in cell block B.");
    f->add_observation_ids("0190a000-0000-7000-8000-0000000000a1");
    rpc("push_monitor", 0, 0, push);
    rpc("push_lead", 0, 1, push);
    v1::PushRequest status;
    auto* op3 = status.add_ops();
    op3->set_op_id("0190a000-0000-7000-8000-000000000003");
    header(op3->mutable_visit_status_change()->mutable_header(), "0190a000-0000-7000-8000-0000000000c1");
    op3->mutable_visit_status_change()->set_status(static_cast<v1::VisitStatus>(2));
    rpc("push_status_lead", 0, 1, status);

    v1::PullRequest pull;
    rpc("pull_monitor", 1, 0, pull);
    pull.set_backfill_visit_id("$visit");
    pull.set_until_seq(1000);
    pull.set_batch_size(3);
    rpc("pull_backfill_lead", 1, 1, pull);

    v1::CycleOverviewRequest overview;
    overview.set_cycle_id("$cycle");
    overview.set_sort_by("name");
    rpc("overview_coordinator", 2, 2, overview);
    v1::FacilityTrendRequest trend;
    trend.set_facility_id("$facility");
    rpc("trend_coordinator", 3, 2, trend);
    v1::RecommendationFollowUpRequest followUp;
    followUp.set_facility_id("$facility");
    followUp.set_today("2026-01-31");
    followUp.set_overdue_only(true);
    rpc("followup_coordinator", 4, 2, followUp);
    v1::ExportRequest exportRequest;
    exportRequest.set_cycle_id("$cycle");
    rpc("export_coordinator", 5, 2, exportRequest);
    exportRequest.set_format(v1::EXPORT_FORMAT_JSON);
    for (int dataset = 2; dataset <= 5; ++dataset) {
        exportRequest.set_dataset(static_cast<v1::ExportDataset>(dataset));
        rpc("export_dataset" + std::to_string(dataset) + "_coordinator", 5, 2, exportRequest);
    }
    exportRequest.set_cycle_id("");
    rpc("export_facilities_monitor", 5, 0, exportRequest);

    v1::CreateCycleRequest cycle;
    cycle.set_name("Fuzz cycle");
    cycle.set_kind(v1::CYCLE_KIND_PERIODIC);
    cycle.set_period_start("2026-01-01");
    cycle.set_period_end("2026-06-30");
    cycle.add_facility_ids("$facility");
    rpc("create_cycle_coordinator", 6, 2, cycle);
    v1::PlanVisitRequest plan;
    plan.set_facility_id("$facility");
    plan.set_cycle_id("$cycle");
    plan.set_start_date("2026-02-01");
    plan.set_end_date("2026-02-02");
    plan.set_checklist_id("$checklist");
    plan.set_checklist_version("$version");
    auto* head = plan.add_team();
    head->set_user_id("$lead");
    head->set_role(v1::TEAM_ROLE_HEAD);
    rpc("plan_visit_coordinator", 7, 2, plan);
    v1::SetVisitTeamRequest team;
    team.set_visit_id("$visit");
    *team.add_team() = *head;
    auto* member = team.add_team();
    member->set_user_id("$monitor");
    member->set_role(static_cast<v1::TeamRole>(2));
    rpc("set_team_coordinator", 8, 2, team);
    rpc("list_users_admin", 9, 3, v1::ListUsersRequest{});
    v1::EnrollRequest enroll;
    enroll.set_code("ABCD-EFGH-JKLM");
    enroll.set_device_name("tablet 3");
    rpc("enroll_nobody", 10, 4, enroll);
    enroll.set_code("$code"); // a fresh valid code (rpc_requests.cpp)
    rpc("enroll_valid_code_nobody", 10, 4, enroll);
    v1::OffsetRequest offset;
    offset.set_sha256(std::string(64, 'a'));
    rpc("offset_monitor", 11, 0, offset);
    v1::DownloadRequest download;
    download.set_sha256(std::string(64, 'a'));
    rpc("download_lead", 12, 1, download);
    v1::VisitDossierRequest dossier;
    dossier.set_visit_id("$visit");
    dossier.set_language("fr");
    dossier.set_today("2026-03-01");
    rpc("dossier_coordinator", 13, 2, dossier);
    dossier.set_language("en");
    rpc("dossier_lead", 13, 1, dossier);

    // attachment_upload: caller byte, then (2-byte little-endian length, UploadChunk)*.
    auto upload = [](const std::string& name, int caller, const std::vector<v1::UploadChunk>& cs) {
        std::string bytes(1, static_cast<char>(caller));
        for (const auto& c : cs) {
            const std::string m = c.SerializeAsString();
            bytes += static_cast<char>(m.size() & 0xff);
            bytes += static_cast<char>(m.size() >> 8);
            bytes += m;
        }
        write("attachment_upload/" + name, bytes);
    };
    // Each seed uploads its own content: the store keeps partial uploads across inputs, and
    // seeds sharing content would only reach "resume from offset 5" after the first.
    auto chunks = [](const std::string& a, const std::string& b) {
        v1::UploadChunk first;
        auto* info = first.mutable_info();
        info->set_sha256("$content");
        info->set_visit_id("$visit");
        info->set_size(static_cast<std::int64_t>(a.size() + b.size()));
        info->set_media_type("image/jpeg");
        info->set_shows_people(true);
        first.set_sha256("$content");
        first.set_offset(0);
        first.set_data(a);
        first.set_chunk_sha256("$chunk");
        v1::UploadChunk second;
        second.set_sha256("$content");
        second.set_offset(static_cast<std::int64_t>(a.size()));
        second.set_data(b);
        second.set_chunk_sha256("$chunk");
        return std::pair{first, second};
    };
    {
        auto [first, second] = chunks("hello", "world");
        upload("two_chunks_monitor", 0, {first, second});
    }
    {
        auto [first, second] = chunks("first", "half");
        upload("one_of_two_lead", 1, {first});
    }
    {
        auto [first, second] = chunks("info", "first");
        v1::UploadChunk infoOnly;
        *infoOnly.mutable_info() = first.info();
        upload("info_then_data_monitor", 0, {infoOnly, first, second});
    }
    {
        auto [first, second] = chunks("damaged", "chunk");
        second.set_chunk_sha256(std::string(64, '0'));
        upload("damaged_chunk_monitor", 0, {first, second});
    }
    {
        auto [first, second] = chunks("wrong", "offset");
        second.set_offset(7);
        upload("wrong_offset_monitor", 0, {first, second});
    }
    {
        auto [first, second] = chunks("not on", "the team");
        upload("coordinator_refused", 2, {first, second});
    }
    return 0;
}
