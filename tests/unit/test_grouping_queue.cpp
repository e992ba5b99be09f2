// GroupingQueue (group commit's queue): what arrives while the storage thread is busy is handled
// as one group, in arrival order, and no item waits longer than if it had been posted alone.
#include "grouping_queue.h"

#include <gtest/gtest.h>

#include <future>
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

/// Waits until everything posted so far has run.
void settle(SerialExecutor& executor) {
    std::promise<void> done;
    executor.post([&] { done.set_value(); });
    done.get_future().wait();
}

} // namespace

TEST(GroupingQueue, WhatArrivesWhileTheExecutorIsBusyIsHandledAsOneGroupInOrder) {
    Journal journal;
    SerialExecutor executor;
    GroupingQueue<std::string> queue(
        executor, 32, [&](std::vector<std::string> group) { journal.add(joined(group)); });
    Blocker busy(executor);
    for (const char* item : {"a", "b", "c", "d", "e"})
        queue.add(item);
    busy.release();
    settle(executor);
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
    SerialExecutor executor;
    GroupingQueue<std::string> queue(
        executor, 2, [&](std::vector<std::string> group) { journal.add(joined(group)); });
    Blocker busy(executor);
    for (const char* item : {"a", "b", "c", "d", "e"})
        queue.add(item);
    busy.release();
    settle(executor);
    EXPECT_EQ(journal.read(), (std::vector<std::string>{"[ab]", "[cd]", "[e]"}));
}

// An item is never handled later than its place in the executor's queue: pulls posted after
// two pushes run after both, even when a group may hold only one push.
TEST(GroupingQueue, NoItemWaitsBehindWorkPostedAfterIt) {
    Journal journal;
    SerialExecutor executor;
    GroupingQueue<std::string> queue(
        executor, 1, [&](std::vector<std::string> group) { journal.add(joined(group)); });
    Blocker busy(executor);
    queue.add("a");
    queue.add("b");
    executor.post([&] { journal.add("pull"); });
    queue.add("c");
    busy.release();
    settle(executor);
    EXPECT_EQ(journal.read(), (std::vector<std::string>{"[a]", "[b]", "pull", "[c]"}));
}

// The sync service's layout: the queue is declared before the executor, so the executor stops
// first and runs the groups still queued while their queue exists (ASan would see otherwise).
TEST(GroupingQueue, ItemsStillQueuedWhenTheServiceStopsAreHandled) {
    struct Service {
        explicit Service(Journal& journal)
            : queue(executor, 32,
                    [&journal](std::vector<std::string> group) { journal.add(joined(group)); }) {}
        GroupingQueue<std::string> queue;
        SerialExecutor executor;
    };
    Journal journal;
    {
        Service service(journal);
        Blocker busy(service.executor);
        service.queue.add("a");
        service.queue.add("b");
        busy.release();
    }
    EXPECT_EQ(journal.read(), std::vector<std::string>{"[ab]"});
}
