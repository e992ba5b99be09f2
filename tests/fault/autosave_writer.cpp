// A tablet app about to be killed: opens the real encrypted store through the app's Session,
// then answers items through the app's ChecklistModel (the autosave path the screens use) as
// fast as it can. One line per answer, printed only after the save call has returned:
//   saved <TAB> observation id <TAB> item key <TAB> answer as the model now shows it
// The id is read back on a second connection (the newest outbox entry), so the process under
// test runs exactly the app's code; an answer equal to the current one saves nothing and is
// not reported.
// Usage: autosave_writer DATA_DIR PASSPHRASE VISIT_ID SEED
#include "checklist_model.h"
#include "session.h"

#include "custos/sqldb/database.h"

#include <QCoreApplication>

#include <unistd.h>

#include <cstdio>
#include <random>
#include <string>
#include <vector>

using namespace custos;

namespace {

/// Writes a whole line with one write(2): a line on the pipe is either complete or absent.
void printLine(const std::string& line) {
    const std::string text = line + "\n";
    (void)!::write(STDOUT_FILENO, text.data(), text.size());
}

/// A valid answer for the item in `row`, different from its current one when possible.
QString pickValue(const app::ChecklistModel& model, int row, std::mt19937& rng, int n) {
    const auto index = model.index(row);
    const auto type = model.data(index, app::ChecklistModel::ItemTypeRole).toString();
    const auto current = model.data(index, app::ChecklistModel::AnswerRole).toString();
    const auto choices = model.data(index, app::ChecklistModel::ChoicesRole).toList();
    for (int attempt = 0; attempt < 8; ++attempt) {
        QString value;
        if (type == QStringLiteral("yes_no")) {
            static const char* codes[] = {"yes", "no", "partial", "not_applicable", "not_verified"};
            value = QString::fromLatin1(codes[rng() % 5]);
        } else if (type == QStringLiteral("number") || type == QStringLiteral("duration") ||
                   type == QStringLiteral("count")) {
            value = QString::number(rng() % 500);
        } else if (type == QStringLiteral("date")) {
            value = QStringLiteral("2026-11-%1").arg(1 + rng() % 28, 2, 10, QLatin1Char('0'));
        } else if ((type == QStringLiteral("single_choice") ||
                    type == QStringLiteral("multi_choice")) &&
                   !choices.isEmpty()) {
            value = choices[static_cast<qsizetype>(rng() % static_cast<unsigned>(choices.size()))]
                        .toMap()
                        .value(QStringLiteral("key"))
                        .toString();
        } else {
            value = QStringLiteral("note %1 written before the crash").arg(n);
        }
        if (value != current)
            return value;
    }
    return QStringLiteral("2");
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 5) {
        std::fprintf(stderr, "usage: autosave_writer DATA_DIR PASSPHRASE VISIT_ID SEED\n");
        return 64;
    }
    QCoreApplication app(argc, argv);
    const QString dataDir = QString::fromLocal8Bit(argv[1]);
    const QString passphrase = QString::fromLocal8Bit(argv[2]);
    const QString visitId = QString::fromLocal8Bit(argv[3]);
    std::mt19937 rng(static_cast<unsigned>(std::stoul(argv[4])));

    app::SessionConfig config;
    config.dataDir = dataDir;
    app::Session session(config);
    session.unlock(passphrase);
    if (session.state() != app::Session::State::Ready) {
        std::fprintf(stderr, "autosave_writer: cannot unlock: %s\n", qPrintable(session.error()));
        return 2;
    }
    auto reader =
        sqldb::Database::open({session.databasePath().toStdString(), passphrase.toStdString(),
                               sqldb::KeyKind::Passphrase, false});
    if (!reader) {
        std::fprintf(stderr, "autosave_writer: %s\n", reader.error().message.c_str());
        return 2;
    }
    const auto newest = [&]() -> std::pair<std::int64_t, std::string> {
        auto stmt = (*reader)->prepare("SELECT seq, entity_id FROM outbox ORDER BY seq DESC "
                                       "LIMIT 1");
        if (!stmt)
            return {0, {}};
        auto row = stmt->step();
        if (!row || !*row)
            return {0, {}};
        return {stmt->columnInt(0), stmt->columnText(1)};
    };

    app::ChecklistModel model;
    model.setSession(&session);
    model.setVisitId(visitId);
    std::vector<int> itemRows;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.data(model.index(r), app::ChecklistModel::KindRole).toString() ==
            QStringLiteral("item"))
            itemRows.push_back(r);
    if (itemRows.empty()) {
        std::fprintf(stderr, "autosave_writer: no items: %s\n", qPrintable(model.error()));
        return 2;
    }
    printLine("ready rows=" + std::to_string(itemRows.size()));

    auto last = newest().first;
    for (int n = 0;; ++n) {
        // Answers can change which items apply; pick among the rows as they are now.
        const int row = static_cast<int>(rng() % static_cast<unsigned>(model.rowCount()));
        if (model.data(model.index(row), app::ChecklistModel::KindRole).toString() !=
            QStringLiteral("item"))
            continue;
        const auto key = model.data(model.index(row), app::ChecklistModel::KeyRole).toString();
        const auto value = pickValue(model, row, rng, n);
        if (!model.canAccept(row, value))
            continue; // e.g. a photo item: photos are taken, not typed
        if (!model.answer(row, value)) {
            std::fprintf(stderr, "autosave_writer: answer refused: %s\n",
                         qPrintable(model.error()));
            return 3;
        }
        const auto [seq, observationId] = newest();
        if (seq == last)
            continue; // unchanged: nothing was saved
        last = seq;
        // The answer can have changed which items apply, and so the rows: find the item again.
        QString shown = value;
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.data(model.index(r), app::ChecklistModel::KeyRole).toString() == key) {
                shown = model.data(model.index(r), app::ChecklistModel::AnswerRole).toString();
                break;
            }
        printLine("saved\t" + observationId + "\t" + key.toStdString() + "\t" +
                  shown.toStdString());
    }
}
