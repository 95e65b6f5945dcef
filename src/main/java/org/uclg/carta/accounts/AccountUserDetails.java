package org.uclg.carta.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AccountUserDetails implements UserDetailsService {

    private final Accounts accounts;

    AccountUserDetails(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(Account.normalise(email))
                .map(CartaUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }
}
