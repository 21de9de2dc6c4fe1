package org.bigvdm.ui.signin;

/** The sign-in fields that can show an error of their own, beside the field. */
enum SignInField { BRAIN_URL, AUTH_URL, USERNAME, PASSWORD, API_KEY, CODE }
