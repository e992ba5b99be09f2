// GroupingQueue (group commit's queue): what arrives while the storage thread is busy is handled
// as one group, in arrival order, and no item waits longer than if it had been posted alone.
#include "grouping_queue.h"

#include <gtest/gtest.h>

#include <future>
#include <initializer_list>
#include <mutex>
#include <string>
#include <vector>

using custos::service::GroupingQueue;
using custos::service::SerialExecutor;

namespace {

/// Records, in order, what ran on the executor: each group handled, and other tasks.
struct Journal {
    std::mutex mutex;
    std::vector<std::string> entries;
    void add(std::string entry) {
        std::lock_guard lock(mutex);
        entries.push_back(std::move(entry));
    }
    std::vector<std::string> read() {
        std::lock_guard lock(mutex);
        return entries;
    }
};

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items)
        out += item;
    return "[" + out + "]";
}

/// Keeps the executor busy until release(), as a long transaction keeps the storage thread.
class Blocker {
public:
    explicit Blocker(SerialExecutor& executor) {
        executor.post([future = released_.get_future().share()] { future.wait(); });
    }
    void release() { released_.set_value(); }

private:
    std::promise<void> released_;
};

/// A queue whose groups are written to `journal`, laid out as in the sync service: the queue is
/// declared before the executor, so the executor stops first and runs what is still queued
/// while the queue exists.
struct JournalledQueue {
    explicit JournalledQueue(Journal& journal, std::size_t maxGroup)
        : queue(executor, maxGroup,
                [&journal](std::vector<std::string> group) { journal.add(joined(group)); }) {}

    /// Adds the items while the executor is busy, then lets it go and waits until all ran.
    void addWhileBusy(std::initializer_list<const char*> items) {
        Blocker busy(executor);
        for (const char* item : items)
            queue.add(item);
        busy.release();
        settle();
    }
    /// Waits until everything posted so far has run.
    void settle() {
        std::promise<void> done;
        executor.post([&] { done.set_value(); });
        done.get_future().wait();
    }

    GroupingQueue<std::string> queue;
    SerialExecutor executor;
};

} // namespace

TEST(GroupingQueue, WhatArrivesWhileTheExecutorIsBusyIsHandledAsOneGroupInOrder) {
    Journal journal;
    JournalledQueue grouped(journal, 32);
    grouped.addWhileBusy({"a", "b", "c", "d", "e"});
    EXPECT_EQ(journal.read(), std::vector<std::string>{"[abcde]"});
}

TEST(GroupingQueue, AnIdleExecutorHandlesALoneItemAtOnce) {
    SerialExecutor executor;
    std::promise<std::vector<std::string>> handled;
    GroupingQueue<std::string> queue(
        executor, 32, [&](std::vector<std::string> group) { handled.set_value(group); });
    queue.add("only");
    EXPECT_EQ(handled.get_future().get(), std::vector<std::string>{"only"});
}

TEST(GroupingQueue, GroupsAreCappedAndTheRestFollowInOrder) {
    Journal journal;
    JournalledQueue grouped(journal, 2);
    grouped.addWhileBusy({"a", "b", "c", "d", "e"});
    EXPECT_EQ(journal.read(), (std::vector<std::string>{"[ab]", "[cd]", "[e]"}));
}

// An item is never handled later than its place in the executor's queue: pulls posted after
// two pushes run after both, even when a group may hold only one push.
TEST(GroupingQueue, NoItemWaitsBehindWorkPostedAfterIt) {
    Journal journal;
    JournalledQueue grouped(journal, 1);
    Blocker busy(grouped.executor);
    grouped.queue.add("a");
    grouped.queue.add("b");
    grouped.executor.post([&] { journal.add("pull"); });
    grouped.queue.add("c");
    busy.release();
    grouped.settle();
    EXPECT_EQ(journal.read(), (std::vector<std::string>{"[a]", "[b]", "pull", "[c]"}));
}

// What is still queued when the service stops is handled before the queue goes (ASan would see
// a use after free otherwise).
TEST(GroupingQueue, ItemsStillQueuedWhenTheServiceStopsAreHandled) {
    Journal journal;
    {
        JournalledQueue grouped(journal, 32);
        Blocker busy(grouped.executor);
        grouped.queue.add("a");
        grouped.queue.add("b");
        busy.release();
    }
    EXPECT_EQ(journal.read(), std::vector<std::string>{"[ab]"});
}
