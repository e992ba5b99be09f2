#pragma once
// GroupingQueue: hands what arrived while the executor was busy to one call, as a group.

#include "serial_executor.h"

#include <algorithm>
#include <cstddef>
#include <deque>
#include <functional>
#include <iterator>
#include <mutex>
#include <utility>
#include <vector>

namespace custos::service {

/// Items come in from any thread; `handle` runs on the executor with the items that arrived
/// since it last ran (at most `maxGroup`, oldest first). Every item posts its own run, so an
/// item is handled no later than its place in the executor's queue, as if posted alone; the
/// run of an item that an earlier group already took finds nothing and returns at once. An
/// idle executor takes a lone item immediately (grouping adds no wait); a busy one finds
/// several by the time it gets to them and handles them in one go. The push path uses this
/// for group commit: the pushes that queued during one transaction share the next, and so
/// one commit.
template <typename Item> class GroupingQueue {
public:
    using Handler = std::function<void(std::vector<Item>)>;

    GroupingQueue(SerialExecutor& executor, std::size_t maxGroup, Handler handle)
        : executor_(executor), maxGroup_(maxGroup == 0 ? 1 : maxGroup), handle_(std::move(handle)) {
    }
    GroupingQueue(const GroupingQueue&) = delete;
    GroupingQueue& operator=(const GroupingQueue&) = delete;

    void add(Item item) {
        {
            std::lock_guard lock(mutex_);
            items_.push_back(std::move(item));
        }
        executor_.post([this] { drain(); });
    }

private:
    void drain() {
        std::vector<Item> group;
        {
            std::lock_guard lock(mutex_);
            const auto count = static_cast<long>(std::min(items_.size(), maxGroup_));
            group.assign(std::make_move_iterator(items_.begin()),
                         std::make_move_iterator(items_.begin() + count));
            items_.erase(items_.begin(), items_.begin() + count);
        }
        if (!group.empty())
            handle_(std::move(group));
    }

    SerialExecutor& executor_;
    const std::size_t maxGroup_;
    Handler handle_;
    std::mutex mutex_;
    std::deque<Item> items_;
};

} // namespace custos::service
