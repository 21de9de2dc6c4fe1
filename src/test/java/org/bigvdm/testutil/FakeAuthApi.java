package org.bigvdm.testutil;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.bigvdm.api.AuthApi;
import org.bigvdm.api.Credentials;
import org.bigvdm.api.model.SessionInfo;

/** Answers sign-ins from a script and records what was sent (password copied: the VM wipes its array). */
public final class FakeAuthApi implements AuthApi {
    /** One recorded createSession call. */
    public record Sent(String username, String password, int validity, String code, String yubikey) {
    }

    public final List<Sent> sent = new ArrayList<>();
    public final List<String> sessionsRead = new ArrayList<>();
    private final Deque<Supplier<String>> answers = new ArrayDeque<>();
    private Supplier<SessionInfo> sessionAnswer = () -> new SessionInfo("alice", List.of("password"), List.of());

    public FakeAuthApi answer(Supplier<String> answer) {
        answers.add(answer);
        return this;
    }

    public FakeAuthApi token(String token) {
        return answer(() -> token);
    }

    public FakeAuthApi sessionAnswer(Supplier<SessionInfo> answer) {
        this.sessionAnswer = answer;
        return this;
    }

    public int calls() {
        return sent.size() + sessionsRead.size();
    }

    @Override
    public synchronized String createSession(Credentials c) {
        sent.add(new Sent(c.username(), new String(c.password()), c.validitySeconds(), c.twoFactorCode(), c.yubikeyOtp()));
        if (answers.isEmpty()) {
            throw new AssertionError("unexpected sign-in request");
        }
        return answers.poll().get();
    }

    @Override
    public synchronized SessionInfo readSession(String token) {
        sessionsRead.add(token);
        return sessionAnswer.get();
    }
}
