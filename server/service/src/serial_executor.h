#pragma once
// SerialExecutor: one thread that runs posted tasks in order.

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace custos::service {

/// Runs storage work off gRPC's callback threads. The callback API has as many of those as
/// cores, and a handler that waits on the storage lock (one SQLite connection, serialised) holds
/// one of them: with a few hundred devices every callback thread ended up waiting on the lock
/// while TLS, HTTP/2 framing and new calls waited for a thread. Posting the storage part of a
/// call here keeps the callback threads on the network; the storage work, serialised anyway, runs
/// here in arrival order. The destructor runs what is still queued, then joins.
class SerialExecutor {
public:
    SerialExecutor() : thread_([this] { run(); }) {}
    SerialExecutor(const SerialExecutor&) = delete;
    SerialExecutor& operator=(const SerialExecutor&) = delete;
    ~SerialExecutor() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        wake_.notify_one();
        thread_.join();
    }

    void post(std::function<void()> task) {
        {
            std::lock_guard lock(mutex_);
            tasks_.push_back(std::move(task));
        }
        wake_.notify_one();
    }

private:
    void run() {
        for (;;) {
            std::function<void()> task;
            {
                std::unique_lock lock(mutex_);
                wake_.wait(lock, [this] { return stopping_ || !tasks_.empty(); });
                if (tasks_.empty())
                    return; // stopping, and nothing left
                task = std::move(tasks_.front());
                tasks_.pop_front();
            }
            task();
        }
    }

    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::function<void()>> tasks_;
    bool stopping_ = false;
    std::thread thread_; ///< last: started once the rest is ready
};

} // namespace custos::service
