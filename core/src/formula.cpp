#include "custos/core/formula.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

namespace custos {

struct Formula::Node {
    enum class Kind { Number, Key, Negate, Add, Subtract, Multiply, Divide, Min, Max } kind;
    double number = 0;
    std::string key;
    std::shared_ptr<const Node> left, right;
};

namespace {

using Node = Formula::Node;
using NodePtr = std::shared_ptr<const Node>;

class Parser {
public:
    explicit Parser(std::string_view text) : text_(text) {}

    Result<NodePtr> parseAll(std::vector<std::string>& keys) {
        keys_ = &keys;
        skipSpace();
        if (pos_ >= text_.size())
            return fail("the formula is empty");
        auto expr = expression();
        if (!expr)
            return expr;
        skipSpace();
        if (pos_ < text_.size())
            return fail(std::string("unexpected '") + text_[pos_] + "'");
        return expr;
    }

private:
    Error fail(const std::string& sentence) const {
        return makeError(ErrorCode::InvalidArgument,
                         "column " + std::to_string(pos_ + 1) + ": " + sentence);
    }
    void skipSpace() {
        while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_])))
            ++pos_;
    }
    bool accept(char c) {
        skipSpace();
        if (pos_ < text_.size() && text_[pos_] == c) {
            ++pos_;
            return true;
        }
        return false;
    }
    static NodePtr binary(Node::Kind kind, NodePtr left, NodePtr right) {
        return std::make_shared<Node>(Node{kind, 0, {}, std::move(left), std::move(right)});
    }

    Result<NodePtr> expression() {
        auto left = term();
        if (!left)
            return left;
        NodePtr node = *left;
        for (;;) {
            Node::Kind kind;
            if (accept('+'))
                kind = Node::Kind::Add;
            else if (accept('-'))
                kind = Node::Kind::Subtract;
            else
                return node;
            auto right = term();
            if (!right)
                return right;
            node = binary(kind, node, *right);
        }
    }

    Result<NodePtr> term() {
        auto left = factor();
        if (!left)
            return left;
        NodePtr node = *left;
        for (;;) {
            Node::Kind kind;
            if (accept('*'))
                kind = Node::Kind::Multiply;
            else if (accept('/'))
                kind = Node::Kind::Divide;
            else
                return node;
            auto right = factor();
            if (!right)
                return right;
            node = binary(kind, node, *right);
        }
    }

    Result<NodePtr> factor() {
        if (++depth_ > 64)
            return fail("the formula is nested too deeply");
        auto result = factorInner();
        --depth_;
        return result;
    }

    Result<NodePtr> factorInner() {
        skipSpace();
        if (pos_ >= text_.size())
            return fail("the formula ends too early");
        const char c = text_[pos_];
        if (accept('-')) {
            auto operand = factor();
            if (!operand)
                return operand;
            return binary(Node::Kind::Negate, *operand, nullptr);
        }
        if (accept('(')) {
            auto inner = expression();
            if (!inner)
                return inner;
            if (!accept(')'))
                return fail("a ')' is missing");
            return inner;
        }
        if (std::isdigit(static_cast<unsigned char>(c)) || c == '.') {
            const std::size_t start = pos_;
            while (pos_ < text_.size() &&
                   (std::isdigit(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '.'))
                ++pos_;
            double value = 0;
            const auto token = text_.substr(start, pos_ - start);
            const auto [end, ec] =
                std::from_chars(token.data(), token.data() + token.size(), value);
            if (ec != std::errc{} || end != token.data() + token.size()) {
                pos_ = start;
                return fail("'" + std::string(token) + "' is not a number");
            }
            return NodePtr(
                std::make_shared<Node>(Node{Node::Kind::Number, value, {}, nullptr, nullptr}));
        }
        if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
            const std::size_t start = pos_;
            while (pos_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[pos_])) ||
                                           text_[pos_] == '_' || text_[pos_] == '.'))
                ++pos_;
            std::string name(text_.substr(start, pos_ - start));
            if (name == "min" || name == "max") {
                if (!accept('('))
                    return fail("'" + name + "' needs two values in parentheses");
                auto a = expression();
                if (!a)
                    return a;
                if (!accept(','))
                    return fail("'" + name + "' needs two values separated by a comma");
                auto b = expression();
                if (!b)
                    return b;
                if (!accept(')'))
                    return fail("a ')' is missing");
                return binary(name == "min" ? Node::Kind::Min : Node::Kind::Max, *a, *b);
            }
            if (std::find(keys_->begin(), keys_->end(), name) == keys_->end())
                keys_->push_back(name);
            return NodePtr(std::make_shared<Node>(
                Node{Node::Kind::Key, 0, std::move(name), nullptr, nullptr}));
        }
        return fail(std::string("unexpected '") + c + "'");
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    int depth_ = 0;
    std::vector<std::string>* keys_ = nullptr;
};

std::optional<double> eval(const Node& node, const Formula::Lookup& lookup) {
    switch (node.kind) {
    case Node::Kind::Number:
        return node.number;
    case Node::Kind::Key:
        return lookup(node.key);
    case Node::Kind::Negate: {
        auto v = eval(*node.left, lookup);
        return v ? std::optional<double>(-*v) : std::nullopt;
    }
    default:
        break;
    }
    const auto a = eval(*node.left, lookup);
    const auto b = eval(*node.right, lookup);
    if (!a || !b)
        return std::nullopt;
    switch (node.kind) {
    case Node::Kind::Add:
        return *a + *b;
    case Node::Kind::Subtract:
        return *a - *b;
    case Node::Kind::Multiply:
        return *a * *b;
    case Node::Kind::Divide:
        if (*b == 0)
            return std::nullopt;
        return *a / *b;
    case Node::Kind::Min:
        return std::min(*a, *b);
    case Node::Kind::Max:
        return std::max(*a, *b);
    default:
        return std::nullopt;
    }
}

} // namespace

Result<Formula> Formula::parse(std::string_view text) {
    Formula formula;
    Parser parser(text);
    auto root = parser.parseAll(formula.keys_);
    if (!root)
        return root.error();
    formula.root_ = *root;
    return formula;
}

std::optional<double> Formula::evaluate(const Lookup& lookup) const {
    if (!root_)
        return std::nullopt;
    auto value = eval(*root_, lookup);
    if (value && !std::isfinite(*value))
        return std::nullopt;
    return value;
}

} // namespace custos
